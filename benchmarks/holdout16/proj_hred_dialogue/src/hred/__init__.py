"""Hierarchical recurrent encoder-decoder."""
from hred.models import HRED
from hred.training import Trainer

__all__ = ["HRED", "Trainer"]
