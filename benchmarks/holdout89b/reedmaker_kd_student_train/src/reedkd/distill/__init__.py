from .step import DistillStep

__all__ = ["DistillStep"]
