_MODELS = {}


def register(name):
    def deco(cls):
        _MODELS[name] = cls
        return cls
    return deco


def build(spec, role="student"):
    spec = dict(spec)
    cls = _MODELS[spec.pop("name")]
    model = cls(**spec)
    if role == "teacher":
        model.eval()
        model.requires_grad_(False)
    return model
