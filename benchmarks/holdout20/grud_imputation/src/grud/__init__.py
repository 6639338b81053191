from .layers import GRUD
from .tasks import fit_forecaster, refine_missing

__all__ = ["GRUD", "fit_forecaster", "refine_missing"]
