from .model import SlipRisk
from .tools.fitting import prepare, train_epoch
from .tools.inspection import prepare, make_survey

__all__ = ["SlipRisk", "prepare", "train_epoch", "make_survey"]
