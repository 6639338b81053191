import importlib
import tomllib


def load_plugins(pyproject):
    with open(pyproject, "rb") as fh:
        meta = tomllib.load(fh)
    eps = meta["project"]["entry-points"]["gridload.plugins"]
    plugins = []
    for name, target in eps.items():
        module, _, attr = target.partition(":")
        plugins.append(getattr(importlib.import_module(module), attr)())
    return plugins
