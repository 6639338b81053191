from .tapline import TapLineNet

__all__ = ["TapLineNet"]
