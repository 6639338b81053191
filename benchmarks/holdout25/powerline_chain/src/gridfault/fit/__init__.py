from .adapt import adapt

__all__ = ["adapt"]
