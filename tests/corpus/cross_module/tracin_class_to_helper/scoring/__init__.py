from .tracin import tracin_scores

__all__ = ["tracin_scores"]
