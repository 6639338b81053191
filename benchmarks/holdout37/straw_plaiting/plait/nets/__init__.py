from .braid import BraidNet

__all__ = ["BraidNet"]
