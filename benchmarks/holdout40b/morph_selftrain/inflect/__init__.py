from .core.model import Inflector
from .steps import supervised_step, self_training_step

__all__ = ["Inflector", "supervised_step", "self_training_step"]
