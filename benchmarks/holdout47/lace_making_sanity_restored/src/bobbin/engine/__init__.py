from .loop import Trainer, TrainerConfig
