# expect: crash
"""BRITS-style bidirectional imputation (PyPOTS flavour). `impute()` is wrapped by an `@evaluating` decorator that
switches the model to eval and *does not* restore it; the training loop imputes a validation batch every epoch
to compute the MAE and keeps training."""
import functools
import torch
import torch.nn as nn


def evaluating(fn):
    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        self.model.eval()
        with torch.no_grad():
            return fn(self, *args, **kwargs)
    return wrapper


class _BRITS(nn.Module):
    def __init__(self, n_features=3, hidden=10):
        super().__init__()
        self.rits = nn.GRU(2 * n_features, hidden, batch_first=True, bidirectional=True)
        self.regress = nn.Linear(2 * hidden, n_features)

    def forward(self, x, mask):
        h, _ = self.rits(torch.cat([x * mask, mask], -1))
        est = self.regress(h)
        return mask * x + (1 - mask) * est, est


class BRITS:
    def __init__(self, epochs=3):
        self.model = _BRITS()
        self.epochs = epochs
        self.optimizer = torch.optim.Adam(self.model.parameters(), 1e-3)

    def _train_epoch(self, x, mask):
        _, est = self.model(x, mask)
        loss = ((est - x).abs() * mask).sum() / mask.sum()
        self.optimizer.zero_grad()
        loss.backward()  # TM001-here
        self.optimizer.step()

    @evaluating
    def impute(self, x, mask):
        return self.model(x, mask)[0]

    def fit(self, train, val):
        for epoch in range(self.epochs):
            self._train_epoch(*train)
            imputed = self.impute(*val)
            print(epoch, "val MAE", float((imputed - val[0]).abs().mean()))


def batch():
    x = torch.randn(4, 6, 3)
    return x, (torch.rand_like(x) > 0.3).float()


BRITS().fit(batch(), batch())
print("done")
