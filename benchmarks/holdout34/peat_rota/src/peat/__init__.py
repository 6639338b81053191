from .models.rota import RotaModel
from .tasks.rota_trainer import RotaTrainer

__all__ = ["RotaModel", "RotaTrainer"]
