from .training import Trainer, callbacks
from .net import PressureNet
