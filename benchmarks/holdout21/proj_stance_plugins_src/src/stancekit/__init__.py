from stancekit.core import Pipeline, StanceModel
from stancekit.plugins import PLUGINS

__all__ = ["Pipeline", "StanceModel", "PLUGINS"]
