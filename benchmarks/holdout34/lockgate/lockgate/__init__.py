from .modes.context import Evaluating
from .models.wear import GateWearModel, make_logs
from .loops.fit import fit_epoch

__all__ = ["Evaluating", "GateWearModel", "make_logs", "fit_epoch"]
