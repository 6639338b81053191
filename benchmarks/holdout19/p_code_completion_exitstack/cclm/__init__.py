from .lm import CodeLSTM, tokenize
from .modes import evaluating
from .loop import Phase, run_phase

__all__ = ["CodeLSTM", "tokenize", "evaluating", "Phase", "run_phase"]
