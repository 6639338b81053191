from .modes import EvalMode
from .loop import Trainer
