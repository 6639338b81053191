from .data import make_logs
from .models import TroughLSTM
from .pruning import grad_norm_scores, keep_hardest
from .train import fit

__all__ = ["make_logs", "TroughLSTM", "grad_norm_scores", "keep_hardest", "fit"]
