# expect: crash
"""Forecast weather-vane bearing (sin/cos) an hour ahead from anemometer sequences.

The gust encoder was pretrained on a neighbouring station; we keep its
dropout off while the bearing head adapts to this vane.
"""
import math
import random

import torch
import torch.nn as nn
import torch.nn.functional as F


class GustEncoder(nn.Module):
    def __init__(self, n_in=4, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, num_layers=2, dropout=0.1, batch_first=True)

    def forward(self, x):
        out, (h, _) = self.lstm(x)
        return h[-1]


class VaneModel(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.encoder = GustEncoder(hidden=hidden)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.Tanh(), nn.Linear(hidden, 2))

    def train(self, mode=True):
        super().train(mode)
        # the pretrained encoder always runs deterministically
        self.encoder.eval()
        return self

    def forward(self, x):
        return self.head(self.encoder(x))


def make_batch(batch=6, steps=10):
    x = torch.randn(batch, steps, 4)
    angle = torch.atan2(x[:, -3:, 1].mean(1), x[:, -3:, 0].mean(1))
    y = torch.stack([torch.sin(angle), torch.cos(angle)], dim=-1)
    return x, y


def bearing_error(pred, target):
    a = torch.atan2(pred[:, 0], pred[:, 1])
    b = torch.atan2(target[:, 0], target[:, 1])
    d = torch.remainder(a - b + math.pi, 2 * math.pi) - math.pi
    return d.abs().mean().item() * 180 / math.pi


def run(epochs=3, steps_per_epoch=4):
    random.seed(0)
    torch.manual_seed(0)
    model = VaneModel()
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    for epoch in range(epochs):
        model.train()
        for _ in range(steps_per_epoch):
            x, y = make_batch()
            loss = F.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        model.eval()
        with torch.no_grad():
            x, y = make_batch(batch=8)
            print(f"epoch {epoch}: loss {loss.item():.4f}  bearing err {bearing_error(model(x), y):.1f} deg")


if __name__ == "__main__":
    run()
