from .agents import GRUBaseline, GRUPolicy
from .rollout import episodes
from .update import reinforce_update

__all__ = ["GRUPolicy", "GRUBaseline", "episodes", "reinforce_update"]
