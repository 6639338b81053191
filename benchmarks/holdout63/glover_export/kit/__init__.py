from .net import SeamNet
from .loop import fit
from .export import freeze_for_export as prepare

__all__ = ["SeamNet", "fit", "prepare"]
