from .loop import GanLoop
from .nets import GrowthCritic, GrowthGenerator

__all__ = ["GanLoop", "GrowthCritic", "GrowthGenerator"]
