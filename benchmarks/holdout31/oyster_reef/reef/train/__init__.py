from .runner import AdapterRunner

__all__ = ["AdapterRunner"]
