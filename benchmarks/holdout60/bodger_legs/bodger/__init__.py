"""Pole-lathe chair-leg turning: chatter detection from spindle vibration."""
from .evaluation import *  # noqa: F401,F403
from .training import *  # noqa: F401,F403
from .net import ChatterNet

__all__ = ["ChatterNet", "score", "train_round", "legs"]
