from .events import bus
from .nets import SurgeNet
from . import plugins  # noqa: F401  (its modules subscribe on import)

__all__ = ["bus", "SurgeNet", "plugins"]
