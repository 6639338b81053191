from .spoke import SpokeClassifier

__all__ = ["SpokeClassifier"]
