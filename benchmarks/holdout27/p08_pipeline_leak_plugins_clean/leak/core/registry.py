"""Plugins are the modules of leak.plugins, found with pkgutil and imported by name."""
import importlib
import pkgutil

PLUGINS = {}


def register(name):
    def deco(fn):
        PLUGINS[name] = fn
        return fn
    return deco


def load_plugins():
    import leak.plugins as pkg
    for info in pkgutil.iter_modules(pkg.__path__):
        importlib.import_module(f"{pkg.__name__}.{info.name}")
    return dict(sorted(PLUGINS.items()))
