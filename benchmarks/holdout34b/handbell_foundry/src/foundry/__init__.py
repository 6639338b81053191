from .runner import Runner
from .handlers import attach_default_handlers
from .model import cooling_curves

__all__ = ["Runner", "attach_default_handlers", "cooling_curves"]
