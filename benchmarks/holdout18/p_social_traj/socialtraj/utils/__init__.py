from .modes import evaluation_mode
from .metrics import ade
