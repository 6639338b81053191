from .fitting import Fitter
from .wrappers import with_probe
