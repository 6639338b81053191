"""Kiln-curve encoder and helpers used by the notebook."""
import torch
import torch.nn as nn


class KilnEncoder(nn.Module):
    """Encodes a firing curve (temperature, ramp rate) with an LSTM."""

    def __init__(self, hidden=12):
        super().__init__()
        self.inp = nn.Linear(2, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)

    def forward(self, curve):
        h, (hn, _) = self.lstm(torch.tanh(self.inp(curve)))
        return hn[-1]


def firing_curves(n, steps=10):
    t = torch.linspace(0, 1, steps)
    peak = torch.rand(n, 1) * 0.5 + 0.5
    temp = peak * torch.sin(t * 3.14).unsqueeze(0) + 0.05 * torch.randn(n, steps)
    ramp = torch.diff(temp, dim=1, prepend=temp[:, :1])
    crazing = (peak.squeeze(-1) > 0.8).long()
    return torch.stack([temp, ramp], dim=-1), crazing


def pretrain(encoder, steps=4):
    """Self-supervised: predict the next temperature from the encoding."""
    dec = nn.Linear(encoder.lstm.hidden_size, 1)
    opt = torch.optim.Adam(list(encoder.parameters()) + list(dec.parameters()), lr=1e-2)
    encoder.train()
    for _ in range(steps):
        x, _ = firing_curves(6)
        loss = (dec(encoder(x[:, :-1])).squeeze(-1) - x[:, -1, 0]).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()
