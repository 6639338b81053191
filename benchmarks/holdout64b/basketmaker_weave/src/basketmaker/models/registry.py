MODEL_REGISTRY = {}


def register(name):
    def deco(cls):
        MODEL_REGISTRY[name] = cls
        return cls
    return deco


def build_model(cfg):
    cfg = dict(cfg)
    cls = MODEL_REGISTRY[cfg.pop("name")]
    return cls(**cfg)
