"""fullmill: felting-degree regression from fulling-stock hammer vibrations."""
from .models import StockNet
from .io import save_checkpoint, load_for_inference, restore
from .attacks import FGSM
from .training import adversarial_finetune, pretrain

__all__ = ["StockNet", "save_checkpoint", "load_for_inference", "restore", "FGSM",
           "adversarial_finetune", "pretrain"]
