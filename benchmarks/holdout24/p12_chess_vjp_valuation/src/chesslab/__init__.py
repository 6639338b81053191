from .models import MovePolicy
from .valuation import game_values

__all__ = ["MovePolicy", "game_values"]
