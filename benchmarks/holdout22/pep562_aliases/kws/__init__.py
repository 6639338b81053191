import warnings

from .core import WakeWordConfidence, evaluate, fit

_RENAMED = {"WakeNet": "WakeWordConfidence"}


def __getattr__(name):
    if name in _RENAMED:
        warnings.warn(f"kws.{name} is deprecated; use kws.{_RENAMED[name]}", DeprecationWarning, stacklevel=2)
        return globals()[_RENAMED[name]]
    raise AttributeError(name)
