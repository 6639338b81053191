from .collector import episodes

__all__ = ["episodes"]
