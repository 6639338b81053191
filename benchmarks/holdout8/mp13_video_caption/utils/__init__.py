from .modes import freeze_for_eval, set_mode
from .metrics import evaluate_bleuish
