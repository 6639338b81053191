from .metrics import accuracy

__all__ = ["accuracy"]
