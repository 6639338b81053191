from .models import CrackForecaster
from .training import fit_adapter, lab_pretrain

__all__ = ["CrackForecaster", "fit_adapter", "lab_pretrain"]
