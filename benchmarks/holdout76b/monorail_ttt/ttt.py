"""Test-time training for the monorail delay model.

The encoder is shared by the main head (delay class) and an auxiliary head that predicts the next
sensor frame. At test time we take a few SGD steps on the auxiliary loss for each incoming batch.
"""
import copy
import torch
import torch.nn as nn
import torch.nn.functional as F

SENSORS = 5  # door cycles, dwell time, line voltage, car load, track temp


class DelayNet(nn.Module):
    def __init__(self, hidden=10, n_cls=3):
        super().__init__()
        self.encoder = nn.LSTM(SENSORS, hidden, batch_first=True)
        self.main = nn.Linear(hidden, n_cls)
        self.aux = nn.Linear(hidden, SENSORS)

    def encode(self, x):
        h, _ = self.encoder(x)
        return h

    def forward(self, x):
        return self.main(self.encode(x)[:, -1])

    def aux_loss(self, x):
        h = self.encode(x[:, :-1])
        return F.mse_loss(self.aux(h), x[:, 1:])


def adapt(model, x, steps=2, lr=1e-2):
    """A few aux-loss steps on the encoder only; returns the adapted copy."""
    adapted = copy.deepcopy(model)
    opt = torch.optim.SGD(adapted.encoder.parameters(), lr=lr)
    for _ in range(steps):
        loss = adapted.aux_loss(x)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return adapted


def joint_train(model, x, y, epochs=8, lr=5e-3):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    model.train()
    for _ in range(epochs):
        loss = F.cross_entropy(model(x), y) + model.aux_loss(x)
        opt.zero_grad(); loss.backward(); opt.step()
    return loss.item()


def shifted_days(n, T=8, shift=0.0, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, T, SENSORS, generator=g) + shift
    y = (x[:, :, 1].mean(1) > shift).long() + (x[:, :, 3].mean(1) > shift + 0.5).long()
    return x, y
