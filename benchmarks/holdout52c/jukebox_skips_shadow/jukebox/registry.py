_BUILDERS = {}


def register(name):
    def deco(cls):
        _BUILDERS[name] = cls
        return cls
    return deco


def build(name, mode, **cfg):
    cls = _BUILDERS[name]
    factory = cls.for_serving if mode == "serve" else cls.for_training
    return factory(**cfg)
