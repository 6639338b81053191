from .models import CPCModel
from .engine import Engine, default_config

__all__ = ["CPCModel", "Engine", "default_config"]
