"""tannery: a small training framework for hide-grading sequence models."""
from .engine import Trainer, Callback
from .models import HideGrader

__all__ = ["Trainer", "Callback", "HideGrader"]
__version__ = "0.3.1"
