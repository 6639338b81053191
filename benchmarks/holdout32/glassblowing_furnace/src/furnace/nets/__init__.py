from .drift import DriftNet, make_net

__all__ = ["DriftNet", "make_net"]
