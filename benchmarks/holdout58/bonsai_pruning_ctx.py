# expect: crash
"""Bonsai growth forecasting: a GRU regressor trained on branch-length series.

Validation runs inside a small `evaluating` context manager; a shape check that
can fail on ragged batches is swallowed by the caller.
"""
import contextlib
import logging
import random

import torch
import torch.nn as nn

log = logging.getLogger("bonsai")
logging.basicConfig(level=logging.WARNING)


class GrowthNet(nn.Module):
    def __init__(self, n_feat=3, hidden=8):
        super().__init__()
        self.inp = nn.Linear(n_feat, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(torch.relu(self.inp(x)))
        return self.out(h[:, -1]).squeeze(-1)


@contextlib.contextmanager
def evaluating(model):
    was = model.training
    model.eval()
    yield model
    model.train(was)


def make_batch(bs=4, t=6):
    return torch.randn(bs, t, 3), torch.randn(bs)


def validate(model, batches):
    losses = []
    try:
        with evaluating(model):
            for x, y in batches:
                if x.shape[0] != y.shape[0]:
                    raise ValueError("ragged validation batch")
                losses.append(nn.functional.mse_loss(model(x), y).item())
    except ValueError as err:
        log.warning("validation skipped: %s", err)
    return sum(losses) / max(len(losses), 1)


def main():
    torch.manual_seed(0)
    random.seed(0)
    model = GrowthNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    val = [make_batch(), (torch.randn(3, 6, 3), torch.randn(4))]
    for epoch in range(2):
        for _ in range(3):
            x, y = make_batch()
            loss = nn.functional.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        print(f"epoch {epoch} val {validate(model, val):.4f}")


if __name__ == "__main__":
    main()
