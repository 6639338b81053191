# expect: crash
"""Quarry settling-pond turbidity: forecast outlet NTU from inflow turbidity,
rainfall and flocculant dose. The trainer exposes `to_train` / `to_eval` built with
functools.partialmethod; `checkpoint_report` is called after each epoch.
"""
from functools import partialmethod

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(101)


class PondRNN(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.RNN(3, hidden, num_layers=2, nonlinearity="relu", batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


def pond_days(b=5, hours=12):
    inflow = torch.rand(b, hours, 1) * 3
    rain = torch.rand(b, hours, 1)
    dose = torch.rand(b, hours, 1)
    ntu = (inflow[..., 0] * (1 - 0.6 * dose[..., 0]) + rain[..., 0]).mean(1)
    return torch.cat([inflow / 3, rain, dose], -1), ntu


class Trainer:
    def __init__(self, model, lr=5e-3):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.reports = []

    def _set_mode(self, training):
        self.model.train(training)
        return self

    to_train = partialmethod(_set_mode, True)
    to_eval = partialmethod(_set_mode, False)

    def epoch(self, steps=3):
        for _ in range(steps):
            x, y = pond_days()
            loss = F.mse_loss(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
        return loss.item()

    def checkpoint_report(self):
        self.to_eval()
        x, y = pond_days(b=8)
        with torch.no_grad():
            self.reports.append(F.l1_loss(self.model(x), y).item())


def run(epochs=3):
    tr = Trainer(PondRNN()).to_train()
    for ep in range(epochs):
        loss = tr.epoch()
        tr.checkpoint_report()
        print(f"epoch {ep}: train {loss:.4f} report l1 {tr.reports[-1]:.4f}")


if __name__ == "__main__":
    run()
