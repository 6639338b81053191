from .base import Task
from .smooth import SmoothBloomTask
