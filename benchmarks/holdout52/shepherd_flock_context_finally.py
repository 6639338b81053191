# expect: clean
"""Shepherd: count sheep gathered per fold from collar GPS tracks.

Validation runs inside an ``evaluating`` context; folds whose collars dropped out
raise ``CollarDropout``, which the loop logs and skips.
"""
import logging
from contextlib import contextmanager

import torch
import torch.nn as nn

log = logging.getLogger("shepherd")
logging.basicConfig(level=logging.INFO)


class CollarDropout(Exception):
    pass


class FlockCounter(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.enc = nn.Linear(2, hidden)
        self.rnn = nn.RNN(hidden, hidden, batch_first=True, nonlinearity="relu")
        self.rate = nn.Linear(hidden, 1)

    def forward(self, tracks):
        h, _ = self.rnn(torch.tanh(self.enc(tracks)))
        return nn.functional.softplus(self.rate(h[:, -1])).squeeze(-1)


@contextmanager
def evaluating(model):
    was_training = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(was_training)


def validate(model, folds):
    with evaluating(model), torch.no_grad():
        total = 0.0
        for name, tracks, counts in folds:
            if torch.isnan(tracks).any():
                raise CollarDropout(name)
            total += nn.functional.poisson_nll_loss(model(tracks), counts, log_input=False).item()
    return total / len(folds)


def fold(name, n, steps=7, drop=False):
    t = torch.randn(n, steps, 2)
    if drop:
        t[0, 3] = float("nan")
    return name, t, torch.poisson(torch.full((n,), 3.0))


def main():
    torch.manual_seed(2)
    model = FlockCounter()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    train = [fold(f"hill-{i}", 4) for i in range(3)]
    val = [fold("lower-fold", 3), fold("ridge-fold", 3, drop=True)]
    for epoch in range(2):
        for name, tracks, counts in train:
            loss = nn.functional.poisson_nll_loss(model(tracks), counts, log_input=False)
            opt.zero_grad()
            loss.backward()
            opt.step()
        try:
            log.info("epoch %d val nll %.3f", epoch, validate(model, val))
        except CollarDropout as err:
            log.warning("epoch %d: skipped validation, collar dropout in %s", epoch, err)


if __name__ == "__main__":
    main()
