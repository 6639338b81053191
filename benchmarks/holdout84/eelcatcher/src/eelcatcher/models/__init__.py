from .counter import EelCounter

__all__ = ["EelCounter"]
