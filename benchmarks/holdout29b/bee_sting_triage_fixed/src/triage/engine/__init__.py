from .loop import Trainer
from .metrics import accuracy
