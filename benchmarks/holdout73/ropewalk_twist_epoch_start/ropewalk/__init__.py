from .engine import Runner
from .callbacks import EpochValidator, HistoryLogger, TrainMode
