from .model import WeaveModel
from .consume import consume

__all__ = ["WeaveModel", "consume"]
