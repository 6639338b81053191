from . import builtin  # noqa: F401  (fills the registry)
from .registry import PHASES, phase, run_plan

__all__ = ["PHASES", "phase", "run_plan"]
