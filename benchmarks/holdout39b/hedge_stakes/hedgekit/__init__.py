from .core import LitModule, MiniTrainer
from .stakes_module import StakeCounter
