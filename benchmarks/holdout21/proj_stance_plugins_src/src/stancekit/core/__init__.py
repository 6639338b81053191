from stancekit.core.model import StanceModel
from stancekit.core.pipeline import Pipeline

__all__ = ["StanceModel", "Pipeline"]
