from .net import PisteNet
from .trainer import PisteTrainer
