_MODELS = {}


def register(name):
    def deco(cls):
        _MODELS[name] = cls
        return cls
    return deco


def build_model(spec):
    spec = dict(spec)
    return _MODELS[spec.pop("name")](**spec)
