from .model import DelayNet
from .training import EarlyStopFit, finetune_summer
