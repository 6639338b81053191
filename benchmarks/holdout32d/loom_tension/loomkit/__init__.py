from .nets import TensionNet
from .stages import STAGES

__all__ = ["STAGES", "TensionNet"]
