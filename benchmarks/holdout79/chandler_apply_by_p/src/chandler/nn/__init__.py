from .model import BurnModel
from .switches import disable_dropout

__all__ = ["BurnModel", "disable_dropout"]
