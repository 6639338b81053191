from .base import Trainer
from .sharp import SharpnessAwareLogger
