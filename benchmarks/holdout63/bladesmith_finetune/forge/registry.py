import torch

_REGISTRY = {}


def register(name):
    def deco(cls):
        _REGISTRY[name] = cls
        return cls
    return deco


class _Builder:
    def __call__(self, name, **kw):
        return _REGISTRY[name](**kw)

    def load(self, name, path, **kw):
        cls = _REGISTRY[name]
        return cls.from_pretrained(torch.load(path), **kw)


build = _Builder()
