from .model import BidModel
from .rounds import run_rounds

__all__ = ["BidModel", "run_rounds"]
