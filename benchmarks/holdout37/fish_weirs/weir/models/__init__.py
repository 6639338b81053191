from .weir_model import WeirModel

__all__ = ["WeirModel"]
