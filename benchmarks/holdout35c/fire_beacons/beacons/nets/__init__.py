from .lighting import LightingLSTM

__all__ = ["LightingLSTM"]
