from .nib import NibScorer

__all__ = ["NibScorer"]
