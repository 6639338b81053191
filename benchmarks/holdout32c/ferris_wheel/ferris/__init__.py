from .modelling import GondolaModel
from .tuning import finetune

__all__ = ["GondolaModel", "finetune"]
