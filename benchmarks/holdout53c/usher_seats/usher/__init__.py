from .callbacks import CheckpointNote, LossPrinter, SeatSaliency
from .trainer import SeatTrainer

__all__ = ["SeatTrainer", "LossPrinter", "SeatSaliency", "CheckpointNote"]
