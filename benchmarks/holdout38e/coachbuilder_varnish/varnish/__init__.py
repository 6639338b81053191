from .training import CureTrainer
from .zoo import REGISTRY, coat_batches

__all__ = ["CureTrainer", "REGISTRY", "coat_batches"]
