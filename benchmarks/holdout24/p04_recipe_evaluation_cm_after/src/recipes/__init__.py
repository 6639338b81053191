from .training.trainer import RecipeTrainer

__all__ = ["RecipeTrainer"]
