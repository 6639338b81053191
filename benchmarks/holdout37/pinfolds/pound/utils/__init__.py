from .modes import in_train_mode

__all__ = ["in_train_mode"]
