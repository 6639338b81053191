REGISTRY = {}


def register(name):
    def deco(cls):
        REGISTRY[name] = cls
        return cls
    return deco


def build_model(cfg):
    return REGISTRY[cfg["model"]](**cfg.get("model_args", {}))
