from .core import PisteNet, PisteTrainer
