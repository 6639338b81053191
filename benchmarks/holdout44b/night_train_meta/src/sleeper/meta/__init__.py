from .maml import MetaLearner
from .tasks import sample_routes

__all__ = ["MetaLearner", "sample_routes"]
