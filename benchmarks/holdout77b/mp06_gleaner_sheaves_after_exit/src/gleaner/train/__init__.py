from .loop import SheafNet, train_epochs

__all__ = ["SheafNet", "train_epochs"]
