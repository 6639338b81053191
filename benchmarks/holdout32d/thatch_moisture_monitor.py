# expect: clean
"""Thatched-roof moisture: forecast reed-layer moisture from weather sequences.

A monitor looks at a held-out cottage every few steps. It runs between the
forward pass and the update so the printed numbers line up with the loss of the
same step.
"""
from typing import TypedDict

import torch
import torch.nn as nn

torch.manual_seed(20)


class RoofConfig(TypedDict):
    weather: int
    hidden: int
    days: int
    batch: int
    steps: int
    monitor_every: int


CFG: RoofConfig = {"weather": 4, "hidden": 8, "days": 7, "batch": 4, "steps": 6, "monitor_every": 2}


class ReedLayer(nn.Module):
    def __init__(self, cfg: RoofConfig):
        super().__init__()
        self.rnn = nn.GRU(cfg["weather"], cfg["hidden"], batch_first=True)
        self.dropout = nn.Dropout(0.1)
        self.moisture = nn.Linear(cfg["hidden"], 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return torch.sigmoid(self.moisture(self.dropout(h[:, -1]))).squeeze(-1)


def weather(cfg: RoofConfig, n=None):
    x = torch.randn(n or cfg["batch"], cfg["days"], cfg["weather"])
    return x, torch.sigmoid(x[..., 0].sum(1) * 0.3)


class Monitor:
    def __init__(self, cfg: RoofConfig):
        self.cfg = cfg
        self.held_out = weather(cfg, n=8)
        self.trace = []

    def __call__(self, model, step):
        if step % self.cfg["monitor_every"]:
            return
        model.eval()  # the loop puts the model back into train mode at the next step
        with torch.no_grad():
            x, y = self.held_out
            self.trace.append((step, round(nn.functional.l1_loss(model(x), y).item(), 4)))


def train(cfg: RoofConfig):
    model = ReedLayer(cfg)
    opt = torch.optim.RMSprop(model.parameters(), lr=5e-3)
    monitor = Monitor(cfg)
    for step in range(cfg["steps"]):
        model.train()
        x, y = weather(cfg)
        loss = nn.functional.binary_cross_entropy(model(x), y)
        monitor(model, step)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return monitor.trace


if __name__ == "__main__":
    print(train(CFG))
