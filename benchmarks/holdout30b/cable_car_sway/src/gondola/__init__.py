from .callbacks import BestStateMonitor
from .engine import SwayLoop, SwayLSTM, tower_windows

__all__ = ["BestStateMonitor", "SwayLoop", "SwayLSTM", "tower_windows"]
