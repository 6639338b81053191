from .ggnn import GGNNClassifier

__all__ = ["GGNNClassifier"]
