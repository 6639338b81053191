"""marram: survival of marram-grass plantings from wind/sand-burial logs, with active labelling."""
from .models import SurvivalNet
from .acquisition import expected_gradient_length
from .engine import fit, select_batch

__all__ = ["SurvivalNet", "expected_gradient_length", "fit", "select_batch"]
