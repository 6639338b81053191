from .encoder import TraverseEncoder
from .classifier import TraverseClassifier

__all__ = ["TraverseEncoder", "TraverseClassifier"]
