# expect: crash
"""A class decorator applied by a call, not with `@`: `NightlyFitter = with_validation(score)(Fitter)` wraps
`fit` so that every call ends with a validation pass in eval mode; the next block's fit back-propagates through
the GRU still in eval mode."""
import functools

import torch
import torch.nn as nn


def with_validation(score):
    def decorate(cls):
        original_fit = cls.fit

        @functools.wraps(original_fit)
        def fit(self, *args, **kwargs):
            out = original_fit(self, *args, **kwargs)
            self.model.eval()
            with torch.no_grad():
                self.last_score = score(self.model)
            return out

        cls.fit = fit
        return cls
    return decorate


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1]).squeeze(-1)


class Fitter:
    def __init__(self, model, opt):
        self.model, self.opt = model, opt

    def fit(self, batches):
        for x, y in batches:
            loss = nn.functional.mse_loss(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
        return loss.item()


def score(model):
    return model(torch.randn(2, 7, 3)).mean().item()


NightlyFitter = with_validation(score)(Fitter)
model = Forecaster()
fitter = NightlyFitter(model, torch.optim.SGD(model.parameters(), lr=0.05))
for block in ("north", "south"):
    print(block, fitter.fit([(torch.randn(4, 7, 3), torch.randn(4))]), fitter.last_score)
