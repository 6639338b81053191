REGISTRY = {}


def register(name):
    def deco(cls):
        REGISTRY[name] = cls
        return cls
    return deco


def build(name, for_inference=False, **kwargs):
    cls = REGISTRY[name]
    if for_inference:
        return cls.for_inference(**kwargs)
    return cls(**kwargs)
