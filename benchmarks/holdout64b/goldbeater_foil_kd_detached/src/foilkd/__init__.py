from .core import DistilModule, LightModule
from .loop import Runner

__all__ = ["DistilModule", "LightModule", "Runner"]
