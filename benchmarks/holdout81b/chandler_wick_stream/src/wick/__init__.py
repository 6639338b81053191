from .model import BurnRNN
from .data import phased_batches
from .train import consume
