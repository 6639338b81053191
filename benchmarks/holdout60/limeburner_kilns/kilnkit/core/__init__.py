from .module import KilnModule
from .trainer import KilnTrainer
