from .config import AssayConfig
from .models import PurityNet
from .engine import Trainer

__all__ = ["AssayConfig", "PurityNet", "Trainer"]
