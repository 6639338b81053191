from .loop import fit, evaluate, train_one_epoch

__all__ = ["fit", "evaluate", "train_one_epoch"]
