from ecgapp.settings import load_settings
from ecgapp.net import RhythmNet

__all__ = ["load_settings", "RhythmNet"]
