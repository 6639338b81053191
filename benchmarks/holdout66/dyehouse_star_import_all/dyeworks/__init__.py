from .modes import *  # noqa: F401,F403
from .modes import predict, prepare, step  # prepare comes from train_utils: infer_utils does not export it

__all__ = ["prepare", "predict", "step"]
