"""vintner: cellar analytics for small wineries."""
from .models import FermentLSTM
from .engine import Trainer

__all__ = ["FermentLSTM", "Trainer"]
