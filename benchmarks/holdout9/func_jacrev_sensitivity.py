# expect: crash
"""Input-sensitivity analysis of a trained GRU forecaster with torch.func.jacrev (d forecast / d history)."""
from collections import namedtuple

import torch
import torch.nn as nn
from torch.func import jacrev

Bundle = namedtuple("Bundle", ["net", "scaler"])


class Forecaster(nn.Module):
    def __init__(self, hidden=8, horizon=3):
        super().__init__()
        self.encoder = nn.GRU(1, hidden, batch_first=True)
        self.decoder = nn.Linear(hidden, horizon)

    def forward(self, history):
        _, h = self.encoder(history.unsqueeze(-1))  # TM002-here
        return self.decoder(h[-1])


def fit(bundle, series, epochs=3):
    opt = torch.optim.Adam(bundle.net.parameters(), lr=1e-2)
    for _ in range(epochs):
        x, y = series[:, :-3] / bundle.scaler, series[:, -3:] / bundle.scaler
        loss = nn.functional.mse_loss(bundle.net(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


def sensitivity(bundle, history):
    bundle.net.eval()
    forecast_fn = lambda h: bundle.net(h.unsqueeze(0)).squeeze(0)
    return jacrev(forecast_fn)(history / bundle.scaler)


if __name__ == "__main__":
    torch.manual_seed(0)
    bundle = Bundle(net=Forecaster(), scaler=5.0)
    series = torch.cumsum(torch.randn(8, 15), 1)
    fit(bundle, series)
    print(sensitivity(bundle, series[0, :12]).abs().sum(0))
