from .zoo import build, registered
from .tune import finetune

__all__ = ["build", "registered", "finetune"]
