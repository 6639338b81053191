from .model import SeamTagger
from .tuning import deterministic_finetune_mode

__all__ = ["SeamTagger", "deterministic_finetune_mode"]
