from .backend import backend_guard

__all__ = ["backend_guard"]
