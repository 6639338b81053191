"""kelpfarm: a harvest-boat policy for a seaweed farm, trained with TRPO."""
from .env import LineFarm
from .policy import HarvestPolicy, ValueNet
from .rl import TRPOUpdater, rollout

__all__ = ["LineFarm", "HarvestPolicy", "ValueNet", "TRPOUpdater", "rollout"]
