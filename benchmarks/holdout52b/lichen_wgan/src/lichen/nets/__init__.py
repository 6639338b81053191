from .critic import GrowthCritic
from .generator import GrowthGenerator

__all__ = ["GrowthCritic", "GrowthGenerator"]
