import os
import tempfile

import torch
import torch.nn as nn


class ForecastNet(nn.Module):
    def __init__(self, n_in=3, hidden=16):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1]).squeeze(-1)


def series(n=24, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, 8, 3, generator=g)
    return x, x[:, :, 0].sum(1)


def fit(model, x, y, epochs=2, lr=1e-2):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for _ in range(epochs):
        for i in range(0, len(x), 8):
            opt.zero_grad()
            loss = nn.functional.mse_loss(model(x[i:i + 8]), y[i:i + 8])
            loss.backward()
            opt.step()
    return model


@torch.no_grad()
def val_mse(model, x, y):
    model.eval()
    return nn.functional.mse_loss(model(x), y).item()


CKPT_DIR = tempfile.mkdtemp(prefix="forecast-")


def ckpt_path(name):
    return os.path.join(CKPT_DIR, name)
