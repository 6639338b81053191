import functools

import torch


def report_baseline(cls):
    """Class decorator: print the untrained model's accuracy before `fit` runs."""
    original_fit = cls.fit

    @functools.wraps(original_fit)
    def fit(self, batches, *args, **kwargs):
        self.model.eval()
        with torch.no_grad():
            x, y = batches[0]
            accuracy = (self.model(x).argmax(-1) == y).float().mean().item()
        print(f"baseline accuracy {accuracy:.2f}")
        self.model.train()
        return original_fit(self, batches, *args, **kwargs)

    cls.fit = fit
    return cls


