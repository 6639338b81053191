from .decorators import predictor
from .steps import build, make_train_step

__all__ = ["predictor", "build", "make_train_step"]
