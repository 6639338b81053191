from .fit.adapt import adapt
from .nets.locator import FaultLocator

__all__ = ["FaultLocator", "adapt"]
