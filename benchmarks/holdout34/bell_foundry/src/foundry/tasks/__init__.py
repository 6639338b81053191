from .tuning import TuningTask

__all__ = ["TuningTask"]
