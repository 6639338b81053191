from .rota_trainer import RotaTrainer

__all__ = ["RotaTrainer"]
