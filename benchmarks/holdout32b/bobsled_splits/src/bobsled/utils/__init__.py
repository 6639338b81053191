from .ctx import scoring

__all__ = ["scoring"]
