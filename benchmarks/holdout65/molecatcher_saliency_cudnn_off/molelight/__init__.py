from .module import LightModule
from .trainer import Trainer
