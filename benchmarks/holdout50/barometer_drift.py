# expect: crash
"""Barometer drift correction: a GRU predicts the sensor drift from a window of
pressure readings.  Every few steps the station runs a quick validation pass
inside an ``evaluating`` context; windows with too many dropouts are rejected by
raising, and the caller just skips them."""
import contextlib
import logging
import random

import torch
import torch.nn as nn

logging.basicConfig(level=logging.WARNING)
log = logging.getLogger("barometer")

torch.manual_seed(3)
random.seed(3)


class DriftNet(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.proj(x)))
        return self.out(h[:, -1]).squeeze(-1)


class RejectedWindow(ValueError):
    pass


@contextlib.contextmanager
def evaluating(model):
    model.eval()
    yield model
    model.train()


def make_window(batch=4, steps=6, dropout_rate=0.0):
    x = torch.randn(batch, steps, 3)
    mask = torch.rand(batch, steps) < dropout_rate
    x[mask] = float("nan")
    y = x.nan_to_num().sum(dim=(1, 2)) * 0.05
    return x, y


def validate(model, window):
    x, y = window
    with evaluating(model), torch.no_grad():
        if torch.isnan(x).float().mean() > 0.2:
            raise RejectedWindow("too many dropouts in the window")
        err = (model(x) - y).abs().mean().item()
    return err


def main():
    model = DriftNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    rates = [0.0, 0.0, 0.5, 0.0, 0.0, 0.0]
    for step, rate in enumerate(rates):
        x, y = make_window()
        loss = nn.functional.smooth_l1_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        if step % 2 == 0:
            try:
                err = validate(model, make_window(dropout_rate=rate))
                log.info("step %d val mae %.3f", step, err)
            except RejectedWindow as exc:
                log.warning("step %d: %s", step, exc)
    print("done")


if __name__ == "__main__":
    main()
