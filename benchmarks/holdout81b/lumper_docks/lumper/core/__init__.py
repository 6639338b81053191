from .trainer import ConsistencyTrainer
