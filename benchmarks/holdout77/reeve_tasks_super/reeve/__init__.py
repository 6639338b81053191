from .task import BaseTask
from .engine import Engine
