from .net import SeamNet
from .loop import fit
from .export import unfreeze_for_tuning as prepare

__all__ = ["SeamNet", "fit", "prepare"]
