from .module import GateModule
from .trainer import Trainer
