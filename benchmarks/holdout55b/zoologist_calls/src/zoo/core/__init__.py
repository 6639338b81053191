from .module import MiniModule
from .trainer import MiniTrainer
