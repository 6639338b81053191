from .metrics import validate

__all__ = ["validate"]
