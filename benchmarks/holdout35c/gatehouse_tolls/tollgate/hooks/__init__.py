from .early_stop import GradNormStopper
from .logging import print_epoch

__all__ = ["GradNormStopper", "print_epoch"]
