from .net import EchoNet
from .training import Trainer
