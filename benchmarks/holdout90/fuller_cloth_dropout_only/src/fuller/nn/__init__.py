from .model import ShrinkageModel
from .freeze import freeze_stochastic
