from .decorators import with_validation
from .fitter import Fitter
