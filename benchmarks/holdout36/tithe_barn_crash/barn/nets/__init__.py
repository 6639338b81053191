from .counter import SheafCounter

__all__ = ["SheafCounter"]
