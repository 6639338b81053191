# expect: clean
"""Kite-surf gust predictor: anemometer sequences -> gust in the next 10 s.

A generator owns the schedule: it interleaves training batches with short
validation sweeps and switches the model's mode as it goes.
"""
import functools
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(21)
LOG = []


class GustNet(nn.Module):
    def __init__(self, n_in=3, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, proj_size=4)
        self.head = nn.Linear(4, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(h[:, -1]).squeeze(-1)


def logged_phase(fn):
    @functools.wraps(fn)
    def wrapper(phase, *args, **kwargs):
        t0 = time.perf_counter()
        out = fn(phase, *args, **kwargs)
        LOG.append((phase, fn.__name__, round(out, 4), time.perf_counter() - t0))
        return out
    return wrapper


def schedule(model, train_batches, val_batches, every=2):
    for i, batch in enumerate(train_batches):
        model.train()
        yield "train", batch
        if (i + 1) % every == 0:
            model.eval()
            for vb in val_batches:
                yield "val", vb


def make_runner(model, opt):
    @logged_phase
    def run(phase, batch):
        x, y = batch
        if phase == "val":
            with torch.no_grad():
                return F.mse_loss(model(x), y).item()
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        return loss.item()
    return run


def main():
    model = GustNet()
    opt = torch.optim.RMSprop(model.parameters(), lr=1e-2)
    train = [(torch.randn(4, 12, 3), torch.randn(4)) for _ in range(5)]
    val = [(torch.randn(4, 12, 3), torch.randn(4))]
    run = make_runner(model, opt)
    for phase, batch in schedule(model, train, val):
        run(phase, batch)
    print(len(LOG), "steps;", "last val", [r for r in LOG if r[0] == "val"][-1][2])


if __name__ == "__main__":
    main()
