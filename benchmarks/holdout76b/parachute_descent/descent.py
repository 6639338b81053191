"""Descent-rate model for parachute drops: barometer/GPS sequence -> vertical speed at landing."""
import torch
import torch.nn as nn

CHANNELS = ["baro_alt", "gps_alt", "airspeed", "canopy_load", "wind"]


class DescentGRU(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(len(CHANNELS), hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, seq):
        h, _ = self.gru(seq)
        return self.out(h[:, -1]).squeeze(-1)


def drops(n, T=8, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, T, len(CHANNELS), generator=g)
    y = -0.5 * x[:, -3:, 0].mean(1) + 0.3 * x[:, :, 3].mean(1)
    return x, y


def fit(model, x, y, epochs=20, lr=1e-2):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    model.train()
    for _ in range(epochs):
        opt.zero_grad()
        loss = torch.nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
    return loss.item()
