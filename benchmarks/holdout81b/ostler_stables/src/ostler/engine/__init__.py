from .modes import EvalMode
from .loop import fit, evaluate_with_ttt
