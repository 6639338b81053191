from .attack import SpindleAttack
from .model import ChatterNet
from .trainer import AdversarialTrainer
