"""Pretrained humidity encoder for the terrarium notebooks.

The encoder was trained (here: briefly, on synthetic data) to forecast the next humidity
reading of sealed terraria from (humidity, temperature, light) logs.  Downstream notebooks
reuse its recurrent summary as features.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class HumidityEncoder(nn.Module):
    def __init__(self, n_in=3, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, num_layers=2, batch_first=True)
        self.forecast = nn.Linear(hidden, 1)

    def encode(self, x):
        h, _ = self.lstm(x)
        return h[:, -1]

    def forward(self, x):
        return self.forecast(self.encode(x)).squeeze(-1)


def logs(n, hours=24, seed=0):
    g = torch.Generator().manual_seed(seed)
    light = (torch.arange(hours) % 24 < 12).float().expand(n, hours)
    temp = 20 + 4 * light + torch.randn(n, hours, generator=g)
    hum = 70 + torch.cumsum(0.5 * torch.randn(n, hours, generator=g), 1) - 0.5 * (temp - 20)
    return torch.stack([hum / 100, temp / 30, light], -1)


def pretrained_encoder(seed=0):
    torch.manual_seed(seed)
    enc = HumidityEncoder()
    x = logs(64, seed=seed)
    opt = torch.optim.Adam(enc.parameters(), lr=1e-2)
    for _ in range(15):
        loss = F.mse_loss(enc(x[:, :-1]), x[:, -1, 0])
        opt.zero_grad()
        loss.backward()
        opt.step()
    return enc


def freeze(module):
    module.eval()
    for p in module.parameters():
        p.requires_grad_(False)
    return module
