from .engine import Engine
from .nets import WindLSTM
