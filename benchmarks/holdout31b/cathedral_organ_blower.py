# expect: clean
"""Cathedral organ blower: predict wind-chest pressure sag when many stops are drawn,
from blower RPM, reservoir position and the number of pallets open. The pressure head
has dropout that we switch off for the last fine-tuning phase ("deterministic head").
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(17)


class PressureHead(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.mlp = nn.Sequential(nn.Linear(hidden, hidden), nn.GELU(), nn.Dropout(0.3), nn.Linear(hidden, 1))

    def forward(self, h):
        return self.mlp(h).squeeze(-1)


class WindChest(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.encoder = nn.LSTM(3, hidden, batch_first=True)
        self.blower_head = PressureHead(hidden)

    def forward(self, x):
        h, _ = self.encoder(x)
        return self.blower_head(h)


def registrations(batch=4, t=10):
    rpm = 1 + 0.05 * torch.randn(batch, t, 1)
    reservoir = torch.rand(batch, t, 1)
    pallets = torch.randint(0, 30, (batch, t, 1)).float() / 30
    sag = 0.8 * pallets[..., 0] - 0.3 * reservoir[..., 0] - 0.5 * (rpm[..., 0] - 1)
    return torch.cat([rpm, reservoir, pallets], -1), sag


def phase(model, opt, steps, label):
    for s in range(steps):
        x, y = registrations()
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(f"{label}: {loss.item():.4f}")


def deterministic_head(model):
    model.blower_head.eval()


if __name__ == "__main__":
    model = WindChest()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    phase(model, opt, 5, "warm-up")
    deterministic_head(model)
    phase(model, opt, 3, "deterministic head")
