from .adapt import personalise

__all__ = ["personalise"]
