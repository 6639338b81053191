from .traverse import TraverseModule

__all__ = ["TraverseModule"]
