from .module import LitModule
from .trainer import Trainer
