from .model import SwarmLSTM, nightly_fit
from .registry import load_plugins

__all__ = ["SwarmLSTM", "nightly_fit", "load_plugins"]
