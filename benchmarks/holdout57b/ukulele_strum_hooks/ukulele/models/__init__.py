from .strum import StrumNet

__all__ = ["StrumNet"]
