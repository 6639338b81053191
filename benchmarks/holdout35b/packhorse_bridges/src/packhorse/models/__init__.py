from .deflection import DeflectionLSTM

__all__ = ["DeflectionLSTM"]
