"""Seizure forecasting toolkit. Heavy submodules load on first attribute access (PEP 562)."""
import importlib

_LAZY = {
    "pretrained": ("seizure.models", "pretrained"),
    "Forecaster": ("seizure.models.lstm", "Forecaster"),
    "PatientTrainer": ("seizure.training", "PatientTrainer"),
    "synthetic_patient": ("seizure.training", "synthetic_patient"),
}

__all__ = sorted(_LAZY)


def __getattr__(name):
    if name in _LAZY:
        mod, attr = _LAZY[name]
        value = getattr(importlib.import_module(mod), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'seizure' has no attribute {name!r}")


def __dir__():
    return __all__
