from .net import TwistNet
from .freeze import quiet_stochastic_layers
