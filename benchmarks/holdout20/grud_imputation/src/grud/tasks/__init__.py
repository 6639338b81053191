from .forecast import fit_forecaster, one_step_loss
from .refine import refine_missing

__all__ = ["fit_forecaster", "one_step_loss", "refine_missing"]
