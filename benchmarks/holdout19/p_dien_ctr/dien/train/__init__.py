from .trainer import CTRTrainer, auc

__all__ = ["CTRTrainer", "auc"]
