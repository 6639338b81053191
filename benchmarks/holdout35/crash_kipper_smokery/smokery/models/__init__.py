from .curve import SmokeCurve

__all__ = ["SmokeCurve"]
