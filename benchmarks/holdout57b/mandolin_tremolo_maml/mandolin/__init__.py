from .model import TremoloRegressor
from .tasks import sample_players
from .meta import MetaLearner

__all__ = ["TremoloRegressor", "sample_players", "MetaLearner"]
