from .nn import WallModel
from .freeze import freeze_prefix
from .fit import fit_head

__all__ = ["WallModel", "freeze_prefix", "fit_head"]
