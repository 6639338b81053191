REGISTRY = {}


def register(name):
    def deco(cls):
        REGISTRY[name] = cls
        return cls
    return deco


def build_model(cfg):
    cfg = dict(cfg)
    cls = REGISTRY[cfg.pop("name")]
    return cls(**cfg)
