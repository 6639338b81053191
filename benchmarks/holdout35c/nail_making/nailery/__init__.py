from .models import StrokeClassifier
from .loops import warmup_step, adversarial_epoch

__all__ = ["StrokeClassifier", "warmup_step", "adversarial_epoch"]
