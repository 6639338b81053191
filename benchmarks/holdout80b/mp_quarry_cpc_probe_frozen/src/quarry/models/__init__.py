from .cpc import CPCModel

__all__ = ["CPCModel"]
