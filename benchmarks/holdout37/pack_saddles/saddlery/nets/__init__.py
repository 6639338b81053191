from .gait import GaitNet

__all__ = ["GaitNet"]
