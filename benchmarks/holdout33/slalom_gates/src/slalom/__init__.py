from .models import build, REGISTRY
from .steps import make_train_step
from .runs import season_runs

__all__ = ["build", "REGISTRY", "make_train_step", "season_runs"]
