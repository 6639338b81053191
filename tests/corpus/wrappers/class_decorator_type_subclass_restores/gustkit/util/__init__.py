from .decorators import with_score

__all__ = ["with_score"]
