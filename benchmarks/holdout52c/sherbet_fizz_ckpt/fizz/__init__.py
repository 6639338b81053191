from .model import FizzNet
from .checkpoint import save_checkpoint, load_checkpoint
from .stages import pretrain, evaluate, finetune

__all__ = ["FizzNet", "save_checkpoint", "load_checkpoint", "pretrain", "evaluate", "finetune"]
