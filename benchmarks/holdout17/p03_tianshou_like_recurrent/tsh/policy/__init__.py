from .base import BasePolicy
from .modelfree.pg import PGPolicy
from .nets import RecurrentActor

__all__ = ["BasePolicy", "PGPolicy", "RecurrentActor"]
