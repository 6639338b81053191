MODELS = {}


def register(name):
    def deco(cls):
        MODELS[name] = cls
        return cls
    return deco


def build(name, **kwargs):
    try:
        return MODELS[name](**kwargs)
    except KeyError:
        raise KeyError(f"unknown model {name!r}; have {sorted(MODELS)}") from None
