# expect: clean
"""Sherpa expedition logistics: forecast porter load per stage across two seasons with EWC."""
import logging

import torch
import torch.nn as nn
import torch.nn.functional as F

logging.basicConfig(level=logging.WARNING)
log = logging.getLogger("sherpa")

SEASONS = {"spring": 0.0, "autumn": 0.7}


class LoadForecaster(nn.Module):
    def __init__(self, feats=4, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(feats, hidden, num_layers=2, dropout=0.2, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(self.drop(h[:, -1])).squeeze(-1)


def season_data(shift, n=12, steps=7):
    x = torch.randn(n, steps, 4) + shift
    y = x[:, :, 1].sum(1) * 0.2 + shift
    return list(zip(x.split(4), y.split(4)))


class EWC:
    """Elastic weight consolidation; the Fisher is estimated when the helper is built."""

    def __init__(self, model, batches, strength=50.0):
        self.model = model
        self.strength = strength
        self.anchor = {n: p.detach().clone() for n, p in model.named_parameters()}
        self.fisher = self._diag_fisher(batches)

    def _diag_fisher(self, batches):
        fisher = {n: torch.zeros_like(p) for n, p in self.model.named_parameters()}
        self.model.eval()  # no dropout noise in the Fisher
        self.model.lstm.train()  # ...but the recurrent kernel keeps its training path
        for x, y in batches:
            self.model.zero_grad()
            F.mse_loss(self.model(x), y).backward()
            for n, p in self.model.named_parameters():
                fisher[n] += p.grad.detach() ** 2 / len(batches)
        self.model.train()
        return fisher

    def penalty(self):
        total = 0.0
        for n, p in self.model.named_parameters():
            total = total + (self.fisher[n] * (p - self.anchor[n]) ** 2).sum()
        return self.strength * total


def fit_season(model, batches, ewc=None, epochs=2):
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    for _ in range(epochs):
        for x, y in batches:
            opt.zero_grad()
            loss = F.mse_loss(model(x), y)
            if ewc is not None:
                loss = loss + ewc.penalty()
            loss.backward()
            opt.step()
    return loss.item()


def main():
    torch.manual_seed(4)
    model = LoadForecaster()
    ewc = None
    for season, shift in SEASONS.items():
        batches = season_data(shift)
        last = fit_season(model, batches, ewc)
        log.warning("season %s loss %.4f", season, last)
        ewc = EWC(model, batches)
    print("done", sorted(ewc.fisher)[:2])


if __name__ == "__main__":
    main()
