from .nets import StrandClassifier
from .freeze import freeze_prefix

__all__ = ["StrandClassifier", "freeze_prefix"]
