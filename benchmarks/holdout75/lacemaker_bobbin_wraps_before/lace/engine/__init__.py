from .task import BobbinTask

__all__ = ["BobbinTask"]
