STEP_REGISTRY = {}


def register_step(name):
    def deco(fn):
        STEP_REGISTRY[name] = fn
        return fn
    return deco
