from .module import LightishModule
from .trainer import Trainer
