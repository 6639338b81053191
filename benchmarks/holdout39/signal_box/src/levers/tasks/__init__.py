from .timing import LeverTimingModule
