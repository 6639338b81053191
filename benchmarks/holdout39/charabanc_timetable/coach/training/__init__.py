from .early_stop import EarlyStopFit
from .summer import finetune_summer
