from .lstm import WindLSTM
