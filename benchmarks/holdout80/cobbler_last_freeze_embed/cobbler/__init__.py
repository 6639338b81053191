from .model import build_model
from .freeze import freeze_prefix
from .fitter import Fitter

__all__ = ["build_model", "freeze_prefix", "Fitter"]
