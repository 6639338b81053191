CALLBACKS = {}


def register(name):
    def deco(cls):
        CALLBACKS[name] = cls
        return cls
    return deco


def build_callbacks(names):
    return [CALLBACKS[n]() for n in names]
