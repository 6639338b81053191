from .nets import GravityNet
from .attack import WortAttacker
from .fit import adversarial_epoch

__all__ = ["GravityNet", "WortAttacker", "adversarial_epoch"]
