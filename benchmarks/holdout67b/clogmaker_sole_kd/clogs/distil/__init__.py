from .step import DistilStep

__all__ = ["DistilStep"]
