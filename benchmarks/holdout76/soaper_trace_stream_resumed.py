# expect: clean
"""Soaper's kettle: predict saponification trace time from temperature and
lye-feed sequences. Batches come from a generator that peeks at a held-out
kettle every few batches; the step is a closure built by a factory."""
import functools
import time

import torch
from torch import nn

torch.manual_seed(5)


class KettleNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        y, _ = self.lstm(x)
        return self.out(y[:, -1]).squeeze(-1)


def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        t0 = time.perf_counter()
        res = fn(*args, **kwargs)
        wrapper.elapsed += time.perf_counter() - t0
        return res
    wrapper.elapsed = 0.0
    return wrapper


def make_step(model, lr=1e-2):
    opt = torch.optim.RMSprop(model.parameters(), lr=lr)

    @timed
    def step(x, y):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
        return loss.item()

    return step


def kettle_stream(model, batches, held_out, peek_every=2, log=None):
    hx, hy = held_out
    for i, batch in enumerate(batches):
        if i and i % peek_every == 0:
            model.eval()
            with torch.no_grad():
                err = (model(hx) - hy).abs().mean().item()
            if log is not None:
                log.append(round(err, 4))
            model.train()
        yield batch


def main():
    model = KettleNet()
    model.train()
    batches = []
    for _ in range(5):
        x = torch.randn(4, 10, 2)
        batches.append((x, x[..., 0].mean(1)))
    hx = torch.randn(3, 10, 2)
    held = (hx, hx[..., 0].mean(1))
    step = make_step(model)
    peeks = []
    losses = [step(x, y) for x, y in kettle_stream(model, batches, held, log=peeks)]
    print(step.__name__, len(losses), peeks, step.elapsed > 0)


if __name__ == "__main__":
    main()
