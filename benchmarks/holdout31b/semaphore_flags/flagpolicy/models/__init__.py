from .policy import FlagPolicy, N_POSITIONS
from .reward import LegibilityModel, pretrain_reward

__all__ = ["FlagPolicy", "LegibilityModel", "pretrain_reward", "N_POSITIONS"]
