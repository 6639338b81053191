from .shared_runner import SharedRunner

__all__ = ["SharedRunner"]
