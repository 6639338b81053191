from .stroke import StrokeClassifier

__all__ = ["StrokeClassifier"]
