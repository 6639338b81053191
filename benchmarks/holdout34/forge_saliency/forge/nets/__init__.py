from .weld import WeldHeatNet

__all__ = ["WeldHeatNet"]
