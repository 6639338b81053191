from .model import BloomForecaster
from .regularise import disable_stochastic_layers
