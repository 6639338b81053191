from .evaluation import accuracy

__all__ = ["accuracy"]
