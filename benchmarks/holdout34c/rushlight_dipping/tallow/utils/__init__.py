from .scoring import quick_score, within_tolerance

__all__ = ["quick_score", "within_tolerance"]
