from .models import PleacherModel
from .train import run_training

__all__ = ["PleacherModel", "run_training"]
