_REGISTRY = {}


def register(name):
    def deco(cls):
        _REGISTRY[name] = cls
        return cls
    return deco


def registered():
    return sorted(_REGISTRY)


def build(name, pretrained=True, **kw):
    cls = _REGISTRY[name]
    return cls.pretrained(**kw) if pretrained else cls(**kw)
