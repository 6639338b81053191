from .nets import StrikingNet, touches
from .engine import RingingTrainer, Rollback

__all__ = ["StrikingNet", "touches", "RingingTrainer", "Rollback"]
