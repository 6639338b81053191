from .freeze import freeze_stochastic

__all__ = ["freeze_stochastic"]
