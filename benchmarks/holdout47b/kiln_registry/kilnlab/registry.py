_MODELS = {}


def register(name):
    def deco(cls):
        _MODELS[name] = cls
        return cls
    return deco


def build(name, **kwargs):
    return _MODELS[name](**kwargs)
