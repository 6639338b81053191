from .models import RouteYieldRNN
from .engine import Trainer, ForagingTrainer
from .data import make_routes

__all__ = ["RouteYieldRNN", "Trainer", "ForagingTrainer", "make_routes"]
