import torch

_BUILDERS = {}
_CHECKPOINTS = {}


def register(name):
    def deco(cls):
        _BUILDERS[name] = cls
        return cls
    return deco


class ModelZoo:
    @classmethod
    def build(cls, name, **kw):
        return _BUILDERS[name](**kw)

    @classmethod
    def pretrained(cls, name, inference=True):
        model = cls.build(name)
        if name not in _CHECKPOINTS:
            torch.manual_seed(11)
            _CHECKPOINTS[name] = cls.build(name).state_dict()
        model.load_state_dict(_CHECKPOINTS[name])
        return model.train(not inference)
