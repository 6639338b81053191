"""swanlab: tagging cygnets from the annual upping census."""
from .engine import Trainer, TrainerConfig
from .models import CensusTagger
from .data import census_batches

__all__ = ["Trainer", "TrainerConfig", "CensusTagger", "census_batches"]
