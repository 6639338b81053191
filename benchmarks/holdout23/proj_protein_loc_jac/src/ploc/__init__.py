from .interpret import residue_jacobian
from .models import LocBiLSTM, train_epoch

__all__ = ["LocBiLSTM", "residue_jacobian", "train_epoch"]
