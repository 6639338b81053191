import functools

from torch import nn


def _model_of(obj):
    return obj.model if hasattr(obj, "model") else obj


def eval_mode(fn):
    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        model = _model_of(self)
        model.eval()
        return fn(self, *args, **kwargs)

    return wrapper


def no_dropout(fn):
    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        model = _model_of(self)
        for m in model.modules():
            if isinstance(m, nn.Dropout):
                m.eval()
        return fn(self, *args, **kwargs)

    return wrapper
