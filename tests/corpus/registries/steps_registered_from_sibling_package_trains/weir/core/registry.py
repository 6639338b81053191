"""The table of steps, filled by the `@step(name)` decorator in the modules of `weir.steps`."""
STEPS = {}


def step(name):
    def register(cls):
        STEPS[name] = cls
        return cls
    return register
