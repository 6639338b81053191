from .state import RunState, build_state
from .run import DistillRun

__all__ = ["DistillRun", "RunState", "build_state"]
