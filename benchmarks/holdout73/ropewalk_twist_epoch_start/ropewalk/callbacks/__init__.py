from .basic import EpochValidator, HistoryLogger, TrainMode
