"""A class decorator that wraps `fit` so every call ends with a validation pass."""
import functools

import torch


def with_validation(val_fn):
    def decorate(cls):
        original_fit = cls.fit

        @functools.wraps(original_fit)
        def fit(self, *args, **kwargs):
            out = original_fit(self, *args, **kwargs)
            self.model.eval()
            with torch.no_grad():
                self.last_val = val_fn(self.model)
            return out

        cls.fit = fit
        return cls
    return decorate
