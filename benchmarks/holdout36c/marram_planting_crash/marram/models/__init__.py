from .survival import SurvivalNet

__all__ = ["SurvivalNet"]
