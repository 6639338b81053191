from .model import SlipRisk
from .tools.inspection import prepare, make_survey
from .tools.fitting import prepare, train_epoch

__all__ = ["SlipRisk", "prepare", "train_epoch", "make_survey"]
