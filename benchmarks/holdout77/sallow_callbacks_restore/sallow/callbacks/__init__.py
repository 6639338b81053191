from .probe import ProbeCallback
from .logging import LossLogger
