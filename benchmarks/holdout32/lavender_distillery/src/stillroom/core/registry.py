HOOKS = {}


def hook(name):
    def deco(cls):
        HOOKS[name] = cls
        return cls
    return deco
