from .stave import StaveNet, forest_batches

__all__ = ["StaveNet", "forest_batches"]
