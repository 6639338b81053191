MODELS = {}


def register(name):
    def add(cls):
        MODELS[name] = cls
        return cls
    return add


def build_model(name, serving=False, **options):
    cls = MODELS[name]
    if serving:
        return cls.serving_copy(**options)
    return cls(**options)
