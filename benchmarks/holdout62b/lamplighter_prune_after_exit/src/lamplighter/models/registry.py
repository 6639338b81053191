MODEL_REGISTRY = {}


def register(name):
    def deco(cls):
        MODEL_REGISTRY[name] = cls
        return cls
    return deco


def build_model(cfg):
    cls = MODEL_REGISTRY[cfg["model"]["name"]]
    kwargs = {k: v for k, v in cfg["model"].items() if k != "name"}
    return cls(**kwargs)
