from .hawk import RecallModel

__all__ = ["RecallModel"]
