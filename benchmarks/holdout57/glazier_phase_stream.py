# expect: crash
"""Glazier kiln log: predict crack risk of a glass pane from its cooling curve.

Batches come from one generator that owns the schedule (train batches, then a
validation sweep each epoch) and flips the model's mode as it goes.
"""
import functools
import logging
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("glazier")

CFG = dict(epochs=3, batch=4, steps=10, sensors=4, hidden=12, lr=5e-3)


class CoolingCurveNet(nn.Module):
    def __init__(self, sensors, hidden):
        super().__init__()
        self.inp = nn.Linear(sensors, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.risk = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(F.gelu(self.inp(x)))
        return self.risk(h[:, -1]).squeeze(-1)


def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        t0 = time.perf_counter()
        out = fn(*args, **kwargs)
        wrapper.total += time.perf_counter() - t0
        return out
    wrapper.total = 0.0
    return wrapper


def make_split(n, seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, CFG["steps"], CFG["sensors"], generator=g)
    y = (x[:, -3:, 1].mean(1) > 0).float()
    return list(zip(x.split(CFG["batch"]), y.split(CFG["batch"])))


def schedule(model, train_batches, val_batches, epochs):
    model.train()
    for epoch in range(epochs):
        for xb, yb in train_batches:
            yield "train", epoch, xb, yb
        model.eval()
        for xb, yb in val_batches:
            yield "val", epoch, xb, yb


@timed
def train_step(model, opt, xb, yb):
    opt.zero_grad()
    loss = F.binary_cross_entropy_with_logits(model(xb), yb)
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


@timed
def val_step(model, xb, yb):
    with torch.no_grad():
        p = model(xb).sigmoid()
    return ((p > 0.5).float() == yb).float().mean().item()


def main():
    torch.manual_seed(1)
    model = CoolingCurveNet(CFG["sensors"], CFG["hidden"])
    opt = torch.optim.Adam(model.parameters(), lr=CFG["lr"])
    train_batches, val_batches = make_split(16, 0), make_split(8, 1)
    metrics = {}
    for phase, epoch, xb, yb in schedule(model, train_batches, val_batches, CFG["epochs"]):
        if phase == "train":
            metrics.setdefault((epoch, "loss"), []).append(train_step(model, opt, xb, yb))
        else:
            metrics.setdefault((epoch, "acc"), []).append(val_step(model, xb, yb))
    for (epoch, name), vals in sorted(metrics.items()):
        log.info("epoch %d %s %.3f", epoch, name, sum(vals) / len(vals))
    log.info("train time %.3fs val time %.3fs", train_step.total, val_step.total)


if __name__ == "__main__":
    main()
