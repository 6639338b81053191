from .model import DKTPlus
from .data import synth_interactions
from .runner import Runner

__all__ = ["DKTPlus", "synth_interactions", "Runner"]
