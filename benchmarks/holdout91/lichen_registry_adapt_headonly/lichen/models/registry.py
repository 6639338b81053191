REGISTRY = {}

__all__ = ["REGISTRY", "register", "build"]


def register(name):
    def deco(cls):
        REGISTRY[name] = cls
        return cls
    return deco


def build(name, **kw):
    return REGISTRY[name](**kw)
