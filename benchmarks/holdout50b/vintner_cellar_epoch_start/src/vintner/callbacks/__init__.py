from .relevance import input_relevance

__all__ = ["input_relevance"]
