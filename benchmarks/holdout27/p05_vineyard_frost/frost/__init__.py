from .modeling import FrostNet
from .training import with_validation, Fitter
