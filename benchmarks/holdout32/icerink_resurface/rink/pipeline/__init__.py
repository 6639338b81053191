from .order import STAGES, run_stages

__all__ = ["STAGES", "run_stages"]
