"""quillcut: nib-quality scoring from quill-knife force traces, feather type by feather type."""
from .models import NibScorer
from .regularisers import EWC
from .engine import train_task, accuracy

__all__ = ["NibScorer", "EWC", "train_task", "accuracy"]
