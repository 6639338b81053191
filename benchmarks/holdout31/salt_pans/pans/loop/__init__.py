from .stepper import StepTrainer
from .selection import query_uncertain

__all__ = ["StepTrainer", "query_uncertain"]
