_MODELS = {}


def register(name):
    def deco(cls):
        _MODELS[name] = cls
        return cls
    return deco


def build_model(cfg):
    cfg = dict(cfg)
    return _MODELS[cfg.pop("name")](**cfg)
