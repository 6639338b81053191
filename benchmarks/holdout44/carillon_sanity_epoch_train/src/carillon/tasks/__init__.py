from .bells import BellTask

__all__ = ["BellTask"]
