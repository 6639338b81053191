from .deepar import DeepAR
from .heads import NormalHead

__all__ = ["DeepAR", "NormalHead"]
