MODELS = {}


def register(name):
    def deco(cls):
        MODELS[name] = cls
        return cls
    return deco


def build_model(name, checkpoint=None, **kwargs):
    cls = MODELS[name]
    if checkpoint is not None:
        return cls.from_checkpoint(checkpoint, **kwargs)
    return cls(**kwargs)
