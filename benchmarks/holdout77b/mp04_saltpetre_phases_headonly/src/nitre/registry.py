MODELS = {}


def register(name):
    def deco(cls):
        MODELS[name] = cls
        return cls
    return deco


def build(cfg):
    kind = cfg["model"]["kind"]
    kwargs = {k: v for k, v in cfg["model"].items() if k != "kind"}
    return MODELS[kind](**kwargs)
