from .bilstm import LocBiLSTM
from .fit import train_epoch

__all__ = ["LocBiLSTM", "train_epoch"]
