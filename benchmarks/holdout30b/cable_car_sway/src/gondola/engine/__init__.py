from .loop import SwayLoop
from .model import SwayLSTM, tower_windows

__all__ = ["SwayLoop", "SwayLSTM", "tower_windows"]
