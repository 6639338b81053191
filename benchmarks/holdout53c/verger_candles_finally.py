# expect: clean
"""Verger's candle log: forecast burn-down of altar candles from draught/temperature readings.

Validation runs inside an `evaluating()` context manager; a plateau on the validation set halves the
learning rate and training carries on.
"""
import logging
import math
from contextlib import contextmanager

import torch
from torch import nn

log = logging.getLogger("verger")

CONFIG = dict(n_sensors=3, hidden=8, epochs=5, lr=2e-2, batch=4, min_rel_improvement=0.5)


class Plateau(Exception):
    def __init__(self, loss):
        super().__init__(f"validation plateau at {loss:.4f}")
        self.loss = loss


@contextmanager
def evaluating(model):
    model.eval()
    try:
        yield model
    finally:
        model.train()


class BurnDown(nn.Module):
    def __init__(self, n_sensors, hidden):
        super().__init__()
        self.rnn = nn.LSTM(n_sensors, hidden, num_layers=1, batch_first=True)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        out, (h, _) = self.rnn(x)
        return self.head(h[-1]).squeeze(-1)


def readings(n, steps=7, n_sensors=3, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, steps, n_sensors, generator=g)
    y = 1.0 - 0.1 * x[:, :, 0].sum(1) + 0.05 * x[:, :, 1].abs().sum(1)
    return x, y


def train_epoch(model, opt, x, y, batch):
    total = 0.0
    for i in range(0, len(x), batch):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x[i:i + batch]), y[i:i + batch])
        loss.backward()
        opt.step()
        total += loss.item() * len(x[i:i + batch])
    return total / len(x)


def validate(model, x, y, previous, ratio):
    with evaluating(model), torch.no_grad():
        loss = nn.functional.mse_loss(model(x), y).item()
        if previous is not None and loss > ratio * previous:
            raise Plateau(loss)
    return loss


def main(cfg=CONFIG):
    logging.basicConfig(level=logging.INFO)
    torch.manual_seed(2)
    model = BurnDown(cfg["n_sensors"], cfg["hidden"])
    opt = torch.optim.SGD(model.parameters(), lr=cfg["lr"])
    tx, ty = readings(16, seed=1)
    vx, vy = readings(6, seed=2)
    previous = None
    for epoch in range(cfg["epochs"]):
        tl = train_epoch(model, opt, tx, ty, cfg["batch"])
        try:
            previous = validate(model, vx, vy, previous, cfg["min_rel_improvement"])
        except Plateau as p:
            for group in opt.param_groups:
                group["lr"] *= 0.5
            log.info("epoch %d: %s, lr -> %.4f", epoch, p, opt.param_groups[0]["lr"])
            previous = p.loss
        log.info("epoch %d train %.4f val %s", epoch, tl, "nan" if previous is None or math.isnan(previous) else f"{previous:.4f}")


if __name__ == "__main__":
    main()
