MODELS = {}


def register_model(name):
    def deco(cls):
        if name in MODELS:
            raise KeyError(f"model {name!r} registered twice")
        MODELS[name] = cls
        return cls
    return deco


def build_model(cfg):
    cfg = dict(cfg)
    return MODELS[cfg.pop("type")](**cfg)
