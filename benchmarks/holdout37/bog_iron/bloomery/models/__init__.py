from .furnace import FurnaceGRU

__all__ = ["FurnaceGRU"]
