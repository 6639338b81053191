from .core import TaskModule, Trainer
from .tasks import BulgeTask, wall_sections

__all__ = ["TaskModule", "Trainer", "BulgeTask", "wall_sections"]
