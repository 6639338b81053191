from .loop import Trainer
from .data import make_loaders
