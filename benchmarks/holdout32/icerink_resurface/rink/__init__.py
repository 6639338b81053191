from .context import build_context
from .pipeline import STAGES, run_stages

__all__ = ["build_context", "STAGES", "run_stages"]
