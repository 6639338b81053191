_MODELS = {}


def register(name):
    def deco(cls):
        _MODELS[name] = cls
        return cls
    return deco


def build_model(cfg):
    return _MODELS[cfg["model"]](**cfg.get("model_args", {}))
