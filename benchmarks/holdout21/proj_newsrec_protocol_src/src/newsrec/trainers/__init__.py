from newsrec.trainers.base import TrainerLike, run
from newsrec.trainers.impression import ImpressionTrainer

__all__ = ["TrainerLike", "ImpressionTrainer", "run"]
