from .stages import STAGES, Stage

__all__ = ["STAGES", "Stage"]
