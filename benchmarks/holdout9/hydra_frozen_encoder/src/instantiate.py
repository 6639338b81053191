import functools
import importlib


def _locate(path):
    module_name, _, attr = path.rpartition(".")
    return getattr(importlib.import_module(module_name), attr)


def instantiate(cfg, **overrides):
    cfg = dict(cfg)
    target = _locate(cfg.pop("_target_"))
    partial = cfg.pop("_partial_", False)
    if partial and not overrides:
        return functools.partial(target, **cfg)
    kwargs = {**cfg, **overrides}
    return target(**kwargs)
