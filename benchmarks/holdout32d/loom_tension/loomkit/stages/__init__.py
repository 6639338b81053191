from .registry import STAGES, stage
from . import calibrate, pretrain, tune  # noqa: F401  (registers the stages)

__all__ = ["STAGES", "stage"]
