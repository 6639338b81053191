from newsrec.models import GRUUserModel
from newsrec.trainers import ImpressionTrainer, run

__all__ = ["GRUUserModel", "ImpressionTrainer", "run"]
