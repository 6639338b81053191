from .data import stroke_batches
from .net import StrokeDepthNet

__all__ = ["StrokeDepthNet", "stroke_batches"]
