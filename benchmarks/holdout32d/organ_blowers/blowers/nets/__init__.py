from .wind import WindChest, fit

__all__ = ["WindChest", "fit"]
