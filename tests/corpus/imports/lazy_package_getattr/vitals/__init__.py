"""Vital-sign forecasting; heavy parts load on first attribute access (PEP 562)."""
import importlib

_LAZY = {
    "zoo_model": ("vitals.models", "zoo_model"),
    "Trainer": ("vitals.training", "Trainer"),
}


def __getattr__(name):
    if name in _LAZY:
        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(name)
