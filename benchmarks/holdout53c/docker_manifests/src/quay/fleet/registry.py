REGISTRY = {}


def register(name):
    def deco(cls):
        REGISTRY[name] = cls
        return cls
    return deco


def build(spec, n_features):
    cls = REGISTRY[spec["arch"]]
    if spec.get("pretrained"):
        return cls.pretrained(n_features, spec["hidden"])
    return cls(n_features, spec["hidden"])
