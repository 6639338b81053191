from .nets import FlueLSTM, FlueCell
from .factory import build

__all__ = ["build", "FlueLSTM", "FlueCell"]
