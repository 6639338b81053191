from .train import Recipe
from .greedy import GreedyDecoder

__all__ = ["Recipe", "GreedyDecoder"]
