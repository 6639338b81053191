from .data import hedge_batches
from .models import RegrowthModel
from .training import fit
from .valuation import value_scores

__all__ = ["hedge_batches", "RegrowthModel", "fit", "value_scores"]
