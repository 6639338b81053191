from .base import FrozenEncoderModel
from .raffle import RaffleModel

__all__ = ["FrozenEncoderModel", "RaffleModel"]
