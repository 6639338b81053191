"""speechseg: the model and the loop are loaded on first use (PEP 562), from a table of module paths."""
import importlib

_LAZY = {"Segmenter": "speechseg.models.segmenter", "fit": "speechseg.engine.loop"}


def __getattr__(name):
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(name)
