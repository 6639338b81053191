from .lite import LiteModule, LiteTrainer
from .nets import REGISTRY, register
