from .modes import evaluating
from .trainer import CaneTrainer, build_trainer
