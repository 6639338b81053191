from .crossing import CrossingTask

__all__ = ["CrossingTask"]
