_MODELS = {}


def register(name):
    def deco(cls):
        _MODELS[name] = cls
        return cls
    return deco


def build(name, **kw):
    return _MODELS[name](**kw)
