from .model import BeamPumpLSTM
from .checkpoint import BestKeeper, restore
from .loop import fit_epochs, validate

__all__ = ["BeamPumpLSTM", "BestKeeper", "restore", "fit_epochs", "validate"]
