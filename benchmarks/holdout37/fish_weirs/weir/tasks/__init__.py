from .catch import CatchTask

__all__ = ["CatchTask"]
