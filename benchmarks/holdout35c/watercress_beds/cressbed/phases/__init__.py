from .fit import fit, fit_without_cudnn
from .inspect import inspect

PHASES = {
    "fit": fit,
    "fit_without_cudnn": fit_without_cudnn,
    "inspect": inspect,
}

__all__ = ["PHASES"]
