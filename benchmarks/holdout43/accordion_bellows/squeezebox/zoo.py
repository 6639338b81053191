"""Name -> model class registry with a single build() entry point."""
REGISTRY = {}


def register(name):
    def deco(cls):
        REGISTRY[name] = cls
        return cls
    return deco


def build(name, state=None, train=True, **kwargs):
    cls = REGISTRY[name]
    if state is not None:
        return cls.from_pretrained(state, **kwargs)
    model = cls(**kwargs)
    return model.train(train)
