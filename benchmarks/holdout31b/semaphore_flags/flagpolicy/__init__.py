from .models import FlagPolicy, LegibilityModel, pretrain_reward
from .rl import RewardFinetuner

__all__ = ["FlagPolicy", "LegibilityModel", "pretrain_reward", "RewardFinetuner"]
