from .brine import BrineRNN

__all__ = ["BrineRNN"]
