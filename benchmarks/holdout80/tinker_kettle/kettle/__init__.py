from .training import *  # noqa: F401,F403
from .serving import *  # noqa: F401,F403
from .data import boil_logs

__all__ = ["load_model", "train_step", "predict", "boil_logs"]
