from .env import Track
from .finetune import FineTuner

__all__ = ["FineTuner", "Track"]
