from .model import RouteLM

__all__ = ["RouteLM"]
