from .lstm import TapToneLSTM
