from .net import BearingNet
from .fit import fit_with_early_stopping, refine
