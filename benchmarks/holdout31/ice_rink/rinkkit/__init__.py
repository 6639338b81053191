from .config import RinkConfig
from .nets import HardnessNet
from .phases import PhasedTrainer

__all__ = ["RinkConfig", "HardnessNet", "PhasedTrainer"]
