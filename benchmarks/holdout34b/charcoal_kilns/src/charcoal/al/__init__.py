from .acquire import most_uncertain

__all__ = ["most_uncertain"]
