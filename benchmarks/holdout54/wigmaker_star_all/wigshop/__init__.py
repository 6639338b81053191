"""Wig-shop modelling toolkit."""
from .core import *  # noqa: F401,F403
from .data import make_scans
from .model import build_model

__all__ = ["build_model", "make_scans", "fit_epoch", "evaluate"]
