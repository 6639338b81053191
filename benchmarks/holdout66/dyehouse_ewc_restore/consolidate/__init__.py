from .ewc import EWC

__all__ = ["EWC"]
