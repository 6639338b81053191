from .nets import ToneEncoder, StrikeFrontEnd
from .training import fit_adapter

__all__ = ["ToneEncoder", "StrikeFrontEnd", "fit_adapter"]
