from .core import SwayTrainer
from .models import SwayModel
from .callbacks import SaliencyReport, EpochPrinter

__all__ = ["SwayTrainer", "SwayModel", "SaliencyReport", "EpochPrinter"]
