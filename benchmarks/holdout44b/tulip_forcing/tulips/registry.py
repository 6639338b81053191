MODELS = {}
PHASES = {}


def register_model(name):
    def deco(cls):
        MODELS[name] = cls
        return cls
    return deco


def register_phase(name):
    def deco(fn):
        PHASES[name] = fn
        return fn
    return deco


def build_model(name, cfg):
    return MODELS[name].from_config(cfg)
