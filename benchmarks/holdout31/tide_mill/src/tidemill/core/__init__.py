from .registry import STAGES, stage
from .pipeline import Pipeline

__all__ = ["STAGES", "stage", "Pipeline"]
