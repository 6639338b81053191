from .models import StallForecaster
from .engine import fit, evaluate_with_ttt

__all__ = ["StallForecaster", "fit", "evaluate_with_ttt"]
