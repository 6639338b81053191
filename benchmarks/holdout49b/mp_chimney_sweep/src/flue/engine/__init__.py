from .loop import Trainer
from .soot_trainer import SootTrainer
