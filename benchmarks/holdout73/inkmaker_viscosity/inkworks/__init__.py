from .models import *  # noqa: F401,F403
from .training import train_batches

__version__ = "0.3.1"
