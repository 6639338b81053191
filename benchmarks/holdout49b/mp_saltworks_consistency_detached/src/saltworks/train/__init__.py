from .modes import evaluating
from .consistency import ConsistencyTrainer
