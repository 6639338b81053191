from .loop import train_task, accuracy

__all__ = ["train_task", "accuracy"]
