"""tollroad: hourly turnpike traffic counts at the old toll houses."""
from . import models, training, utils

__version__ = "0.3.1"
