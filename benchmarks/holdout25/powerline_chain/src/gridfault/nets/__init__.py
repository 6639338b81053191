from .locator import FaultLocator

__all__ = ["FaultLocator"]
