from .stray import StrayNet

__all__ = ["StrayNet"]
