"""Canoe stroke-rate project: a pretrained IMU encoder and a few helpers."""
import torch
import torch.nn as nn


class StrokeEncoder(nn.Module):
    """GRU over paddle-shaft IMU readings (ax, ay, az, gx, gy, gz)."""

    def __init__(self, hidden=16):
        super().__init__()
        self.gru = nn.GRU(6, hidden, batch_first=True, num_layers=2, dropout=0.1)
        self.hidden = hidden

    def forward(self, imu):
        _, h = self.gru(imu)
        return h[-1]


def pretrained_encoder(hidden=16, seed=0):
    torch.manual_seed(seed)
    enc = StrokeEncoder(hidden)
    # stand-in for the self-supervised pretraining on 40 h of club sessions
    opt = torch.optim.SGD(enc.parameters(), lr=0.05)
    for _ in range(3):
        imu = torch.randn(8, 20, 6)
        opt.zero_grad()
        enc(imu).pow(2).mean().backward()
        opt.step()
    return enc


def freeze(module):
    module.eval()
    for p in module.parameters():
        p.requires_grad_(False)
    return module


def imu_sessions(n=32, seed=1):
    g = torch.Generator().manual_seed(seed)
    imu = torch.randn(n, 20, 6, generator=g)
    stroke = (imu[:, :, 3].abs().mean(1) > 0.8).long() + (imu[:, :, 0].mean(1) > 0).long()
    return imu, stroke  # 0 = forward, 1 = sweep, 2 = J-stroke
