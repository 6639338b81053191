_REGISTRY = {}


def register(name):
    def deco(cls):
        _REGISTRY[name] = cls
        return cls
    return deco


def build_model(cfg):
    return _REGISTRY[cfg["model"]](**cfg.get("model_args", {}))
