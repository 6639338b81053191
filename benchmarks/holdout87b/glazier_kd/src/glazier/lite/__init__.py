from .module import LiteModule
from .trainer import LiteTrainer
