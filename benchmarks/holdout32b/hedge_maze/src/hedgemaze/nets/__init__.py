from .walker import Walker

__all__ = ["Walker"]
