from .task import Task
from .trainer import Trainer
