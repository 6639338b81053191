from loft.training.loop import Loop

__all__ = ["Loop"]
