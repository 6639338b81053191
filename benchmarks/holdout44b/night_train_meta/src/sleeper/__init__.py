from .models import DelayRNN
from .meta import MetaLearner, sample_routes

__all__ = ["DelayRNN", "MetaLearner", "sample_routes"]
