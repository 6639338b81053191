from .net import StitchNet
from .modes import freeze_stochastic, count_modes
