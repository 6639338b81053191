from .core import MiniModule, MiniTrainer
from .tasks import CallClassifier
