from .context import DockContext
from .trainer import HullTrainer

__all__ = ["DockContext", "HullTrainer"]
