from .models import SplitPredictor, load_for_inference, save_checkpoint
from .robust import AdversarialFinetuner

__all__ = ["SplitPredictor", "load_for_inference", "save_checkpoint", "AdversarialFinetuner"]
