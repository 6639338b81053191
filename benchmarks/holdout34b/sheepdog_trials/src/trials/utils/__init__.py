from .evaluation import mean_abs_error

__all__ = ["mean_abs_error"]
