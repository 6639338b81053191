from .prepare import prepare_stage
from .fit import fit_stage
from ..analysis import sensitivity_stage

__all__ = ["prepare_stage", "fit_stage", "sensitivity_stage"]
