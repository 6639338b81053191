from .dip import DipSchedule, BurnTimeLSTM

__all__ = ["BurnTimeLSTM", "DipSchedule"]
