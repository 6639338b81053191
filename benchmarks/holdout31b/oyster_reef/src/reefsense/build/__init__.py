from .builder import TrainerBuilder

__all__ = ["TrainerBuilder"]
