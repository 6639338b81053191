from .draw import DrawRegressor

__all__ = ["DrawRegressor"]
