# expect: crash
"""Almanac: forecast first-frost night from a fortnight of readings; compare a few architectures.

Each architecture gets a zero-shot score first (to see how much training buys), then is reset and trained.
"""
import logging

import torch
import torch.nn as nn
import torch.nn.functional as F

logging.basicConfig(level=logging.WARNING, format="%(name)s %(message)s")
log = logging.getLogger("almanac")

ARCHS = ["conv", "lstm"]
METRICS = {}


class ConvForecaster(nn.Module):
    def __init__(self, feats=3, hidden=8):
        super().__init__()
        self.conv = nn.Conv1d(feats, hidden, 3, padding=1)
        self.bn = nn.BatchNorm1d(hidden)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h = torch.relu(self.bn(self.conv(x.transpose(1, 2))))
        return self.out(h.mean(-1)).squeeze(-1)


class LSTMForecaster(nn.Module):
    def __init__(self, feats=3, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(feats, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


def make(name):
    if name == "conv":
        return ConvForecaster()
    elif name == "lstm":
        return LSTMForecaster()
    raise KeyError(name)


def readings(n=8):
    x = torch.randn(n, 14, 3)
    return x, (x[:, -3:, 0].mean(1) < 0).float()


def evaluate(model, batch):
    model.eval()
    with torch.no_grad():
        x, y = batch
        return F.binary_cross_entropy_with_logits(model(x), y).item()


def fit(model, epochs=2):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(epochs):
        x, y = readings()
        opt.zero_grad()
        loss = F.binary_cross_entropy_with_logits(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


def main():
    torch.manual_seed(11)
    val = readings(6)
    for name in ARCHS:
        model = make(name)
        zero_shot = evaluate(model, val)
        model.load_state_dict(make(name).state_dict())  # fresh weights for the real run
        trained = fit(model)
        METRICS[name] = (zero_shot, trained, evaluate(model, val))
        log.warning("%s zero-shot %.3f trained %.3f", name, zero_shot, trained)
    print({k: tuple(round(v, 3) for v in vals) for k, vals in METRICS.items()})


if __name__ == "__main__":
    main()
