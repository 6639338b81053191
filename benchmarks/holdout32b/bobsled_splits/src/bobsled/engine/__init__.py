from .loop import SplitLoop

__all__ = ["SplitLoop"]
