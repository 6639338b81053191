from .bus import bus
from .nets import LightingLSTM
from . import plugins  # noqa: F401  (plugins subscribe on import)

__all__ = ["bus", "LightingLSTM", "plugins"]
