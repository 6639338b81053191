"""After-epoch hooks: each module here registers its functions with @after_epoch."""
import importlib
import pkgutil

AFTER_EPOCH = []


def after_epoch(fn):
    AFTER_EPOCH.append(fn)
    return fn


def discover():
    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")
    return list(AFTER_EPOCH)
