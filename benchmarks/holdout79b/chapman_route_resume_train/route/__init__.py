from .model import RouteTrainer, StopDemand
from .stream import batch_stream
from .steps import make_eval, make_step

__all__ = ["RouteTrainer", "StopDemand", "batch_stream", "make_eval", "make_step"]
