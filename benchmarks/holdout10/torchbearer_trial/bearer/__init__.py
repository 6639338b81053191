from . import callbacks
from .trial import Trial
