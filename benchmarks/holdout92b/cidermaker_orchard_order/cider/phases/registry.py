PHASES = {}


def phase(name):
    def deco(fn):
        PHASES[name] = fn
        return fn
    return deco
