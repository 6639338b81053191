from .nets import LeverNet
from .trainer import AdversarialTrainer
from .attacks import SignFlip

__all__ = ["LeverNet", "AdversarialTrainer", "SignFlip"]
