from .hood import HoodClassifier

__all__ = ["HoodClassifier"]
