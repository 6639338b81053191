from .module import BarrowCritic
from .trainer import MiniTrainer
