from .data import head_batches
from .lit import LitModule, MiniTrainer
from .models import HeadMaturityLSTM

__all__ = ["LitModule", "MiniTrainer", "HeadMaturityLSTM", "head_batches"]
