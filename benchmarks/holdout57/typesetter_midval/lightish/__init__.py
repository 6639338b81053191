from .module import LightModule
from .runner import Runner

__all__ = ["LightModule", "Runner"]
