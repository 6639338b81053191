from .modes import *  # noqa: F401,F403
from .modes import predict, prepare, step

__all__ = ["prepare", "predict", "step"]
