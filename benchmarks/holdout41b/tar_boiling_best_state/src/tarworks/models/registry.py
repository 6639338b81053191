_MODELS = {}


def register(name):
    def deco(cls):
        _MODELS[name] = cls
        return cls
    return deco


def build_model(cfg):
    cls = _MODELS[cfg["model"]]
    return cls(**cfg.get("model_args", {}))
