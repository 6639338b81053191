"""signseg: lazily exposes the model and the training loop."""
import importlib

_EXPORTS = {"BoundaryTagger": "signseg.models.tagger", "fit": "signseg.engine.loop", "evaluate": "signseg.engine.loop"}


def __getattr__(name):
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(name)
