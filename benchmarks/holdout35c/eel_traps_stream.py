# expect: crash
"""Eel-trap catch counts: a GRU trained on a stream of nightly river readings.

The data stream is a generator that, every few nights, pauses to score the
rolling-forecast baseline on the latest reading before handing the next
training window back to the loop.
"""
import itertools

import torch
import torch.nn as nn

N_READINGS = 4
WINDOW = 6


class CatchForecaster(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(N_READINGS, hidden, batch_first=True)
        self.rate = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return nn.functional.softplus(self.rate(h[:, -1]))


def river_nights(seed=0):
    g = torch.Generator().manual_seed(seed)
    while True:
        x = torch.randn(4, WINDOW, N_READINGS, generator=g)
        catch = torch.poisson(torch.full((4, 1), 3.0), generator=g)
        yield x, catch


def windows_with_checks(model, nights, check_every=3, log=None):
    """Yield training windows; on check nights, score the current model first."""
    for night, (x, catch) in enumerate(nights):
        if night and night % check_every == 0:
            model.eval()
            with torch.no_grad():
                pred = model(x)
            err = (pred - catch).abs().mean().item()
            if log is not None:
                log.append((night, err))
        yield x, catch


def train(model, stream, steps, lr=1e-2):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    nll = nn.PoissonNLLLoss(log_input=False)
    model.train()
    losses = []
    for x, catch in itertools.islice(stream, steps):
        opt.zero_grad()
        loss = nll(model(x), catch)
        loss.backward()  # TM001-here
        opt.step()
        losses.append(loss.item())
    return losses


def main():
    torch.manual_seed(0)
    model = CatchForecaster()
    checks = []
    stream = windows_with_checks(model, river_nights(seed=4), check_every=3, log=checks)
    losses = train(model, stream, steps=8)
    print("losses", [round(v, 3) for v in losses])
    print("checks", checks)


if __name__ == "__main__":
    main()
