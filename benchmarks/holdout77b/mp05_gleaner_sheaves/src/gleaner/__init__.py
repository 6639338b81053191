from .utils import Evaluating
from .probes import fgsm_margin
from .train import SheafNet, train_epochs

__all__ = ["Evaluating", "fgsm_margin", "SheafNet", "train_epochs"]
