_REGISTRY = {}


def register_module(cls=None, *, name=None):
    def deco(c):
        _REGISTRY[name or c.__name__] = c
        return c
    return deco(cls) if cls is not None else deco


def build(cfg, **extra):
    cfg = dict(cfg)
    cls = _REGISTRY[cfg.pop("type")]
    return cls(**cfg, **extra)
