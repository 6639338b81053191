from .model import InkLSTM
from .fit import fit
from .valuation import ValuationCallback

__all__ = ["InkLSTM", "fit", "ValuationCallback"]
