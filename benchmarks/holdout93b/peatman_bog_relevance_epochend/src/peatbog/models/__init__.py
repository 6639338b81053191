from .core import BogClassifier

__all__ = ["BogClassifier"]
