from .rollout import rollout
from .trpo import TRPOUpdater

__all__ = ["rollout", "TRPOUpdater"]
