from .core import BarrowCritic, MiniTrainer
from .callbacks import GradPenaltyLogger
