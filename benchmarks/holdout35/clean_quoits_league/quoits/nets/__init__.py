from .scorer import ThrowScorer

__all__ = ["ThrowScorer"]
