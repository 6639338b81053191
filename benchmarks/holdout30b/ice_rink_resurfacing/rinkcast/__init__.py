from .data import rink_sessions
from .model import RefreezeGRU
from .trainer import PhaseTrainer

__all__ = ["rink_sessions", "RefreezeGRU", "PhaseTrainer"]
