from .model import HullLoadNet
from .loops import pretrain, finetune
from .store import best_checkpoint, save_checkpoint

__all__ = ["HullLoadNet", "pretrain", "finetune", "best_checkpoint", "save_checkpoint"]
