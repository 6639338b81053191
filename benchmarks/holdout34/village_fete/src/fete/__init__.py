from .models import RaffleModel
from .training import train_stalls

__all__ = ["RaffleModel", "train_stalls"]
