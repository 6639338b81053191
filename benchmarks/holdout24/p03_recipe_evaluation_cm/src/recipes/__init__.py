from .data.synthetic import make_batches
from .training.trainer import RecipeTrainer

__all__ = ["RecipeTrainer", "make_batches"]
