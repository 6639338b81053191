REGISTRY = {}


def register(name):
    def deco(cls):
        REGISTRY[name] = cls
        return cls
    return deco


def build(spec):
    spec = dict(spec)
    return REGISTRY[spec.pop("name")](**spec)
