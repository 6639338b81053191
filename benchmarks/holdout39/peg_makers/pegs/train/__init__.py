from .trainer import PenaltyTrainer
