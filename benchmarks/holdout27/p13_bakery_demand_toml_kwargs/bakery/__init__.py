from .model import DemandRNN
from .loop import make_model, train
