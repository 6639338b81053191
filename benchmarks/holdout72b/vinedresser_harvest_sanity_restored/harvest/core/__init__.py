from .trainer import MiniTrainer
