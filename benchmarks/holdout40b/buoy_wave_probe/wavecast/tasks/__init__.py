from .regression import WaveHeightTask

__all__ = ["WaveHeightTask"]
