from .seq import GRUClassifier

__all__ = ["GRUClassifier"]
