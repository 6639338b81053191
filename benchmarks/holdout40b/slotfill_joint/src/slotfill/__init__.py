from .models import JointBiLSTM
from .engine import Trainer, Callback

__all__ = ["JointBiLSTM", "Trainer", "Callback"]
