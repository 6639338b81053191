from .module import ChurnModule
from .trainer import MiniTrainer
