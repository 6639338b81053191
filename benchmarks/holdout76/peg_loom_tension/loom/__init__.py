from .nets import WeftModel, freeze
from .fit import fit_new_loom

__all__ = ["WeftModel", "freeze", "fit_new_loom"]
