MODELS = {}


def register_model(name):
    def deco(cls):
        MODELS[name] = cls
        return cls
    return deco


def build_model(cfg):
    cls = MODELS[cfg["arch"]]
    return cls.from_config(cfg)
