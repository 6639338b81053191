# expect: crash
"""Seizure forecasting from EEG band-power sequences: a tiny random search over dropout.

Each trial is a `functools.total_ordering` record; the best trial's model is kept (as a deep
copy taken right after its validation pass) and fine-tuned on the held-out patient.
"""
import copy
import functools
import random
import torch
import torch.nn as nn


@functools.total_ordering
class Trial:
    def __init__(self, dropout, auc, model):
        self.dropout, self.auc, self.model = dropout, auc, model

    def __eq__(self, other):
        return self.auc == other.auc

    def __lt__(self, other):
        return self.auc < other.auc


class Forecaster(nn.Module):
    def __init__(self, bands=5, hidden=8, dropout=0.0):
        super().__init__()
        self.lstm = nn.LSTM(bands, hidden, num_layers=2, dropout=dropout, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


def data(n=8):
    x = torch.randn(n, 6, 5)
    return x, (x[:, -1, 0] > 0).float()


def fit(model, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        x, y = data()
        loss = nn.functional.binary_cross_entropy_with_logits(model(x), y)
        opt.zero_grad(); loss.backward(); opt.step()


def pseudo_auc(model):
    model.eval()
    with torch.no_grad():
        x, y = data(16)
        p = torch.sigmoid(model(x))
    return float(((p > 0.5).float() == y).float().mean())


def main():
    random.seed(0); torch.manual_seed(0)
    trials = []
    for dropout in (0.0, 0.2, 0.4):
        m = Forecaster(dropout=dropout)
        fit(m)
        trials.append(Trial(dropout, pseudo_auc(m), copy.deepcopy(m)))
    best = max(trials)
    print("best dropout", best.dropout, "auc", best.auc)
    model = best.model
    opt = torch.optim.SGD(model.parameters(), lr=1e-3)
    x, y = data()
    loss = nn.functional.binary_cross_entropy_with_logits(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()


if __name__ == "__main__":
    main()
