from .evaluation import holdout_error

__all__ = ["holdout_error"]
