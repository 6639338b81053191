from .seq import OilQualityRNN

_REGISTRY = {"lstm": OilQualityRNN}


def build_model(name, **kw):
    return _REGISTRY[name](**kw)
