MODELS = {}


def register(name):
    def deco(cls):
        MODELS[name] = cls
        return cls
    return deco


def create(cfg):
    return MODELS[cfg["model"]](**cfg.get("model_args", {}))
