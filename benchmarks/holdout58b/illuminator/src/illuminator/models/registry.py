MODEL_REGISTRY = {}


def register_model(name):
    def deco(cls):
        MODEL_REGISTRY[name] = cls
        return cls
    return deco


def build_model(cfg):
    cls = MODEL_REGISTRY[cfg["arch"]]
    kwargs = {k: v for k, v in cfg.items() if k != "arch"}
    return cls(**kwargs)
