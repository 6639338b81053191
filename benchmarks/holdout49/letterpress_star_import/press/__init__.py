from .model import InkSpreadNet

__all__ = ["InkSpreadNet"]
