from .core import ConsistencyTrainer
from .core.model import ShiftGRU
