"""skatelib: lap-time models for fen-skating races."""
from .engine import Trainer, Callback
from .models import LapRNN

__all__ = ["Trainer", "Callback", "LapRNN"]
