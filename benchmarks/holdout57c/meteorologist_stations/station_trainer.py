"""Training helpers for the weather-station forecaster (hourly pressure/temp/wind -> next-hour temp)."""
import math

import torch
import torch.nn as nn
import torch.nn.functional as F


class StationEncoder(nn.Module):
    def __init__(self, n_in=5, hidden=12):
        super().__init__()
        self.inp = nn.Linear(n_in, hidden)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=2, batch_first=True, dropout=0.1)

    def forward(self, x):
        out, (h, c) = self.lstm(F.gelu(self.inp(x)))
        return out[:, -1]


class StationForecaster(nn.Module):
    def __init__(self, n_in=5, hidden=12):
        super().__init__()
        self.encoder = StationEncoder(n_in, hidden)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.head(self.encoder(x)).squeeze(-1)


def station_batches(n_batches=3, batch=4, hours=12, n_in=5, seed=0):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n_batches):
        x = torch.randn(batch, hours, n_in, generator=g)
        y = x[:, -3:, 1].mean(1) + 0.1 * torch.randn(batch, generator=g)
        out.append((x, y))
    return out


def fit(model, opt, batches, epochs=1, clip=1.0, log_every=1):
    history = []
    for epoch in range(epochs):
        total = 0.0
        for x, y in batches:
            opt.zero_grad()
            loss = F.mse_loss(model(x), y)
            loss.backward()  # TM001-here
            torch.nn.utils.clip_grad_norm_(model.parameters(), clip)
            opt.step()
            total += loss.item()
        history.append(total / len(batches))
        if epoch % log_every == 0:
            print(f"  epoch {epoch}: mse {history[-1]:.4f}")
    return history


def evaluate(model, batches):
    model.eval()
    se, n = 0.0, 0
    with torch.no_grad():
        for x, y in batches:
            se += F.mse_loss(model(x), y, reduction="sum").item()
            n += y.numel()
    return math.sqrt(se / n)
