MODELS = {}


def register(name):
    def deco(fn):
        MODELS[name] = fn
        return fn
    return deco
