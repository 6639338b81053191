"""Helpers for the quarry-blasting vibration notebook."""
import torch
from torch import nn


class VibrationNet(nn.Module):
    """Peak particle velocity at a monitoring point from the charge sequence
    (charge kg, delay ms, distance m) of one blast."""

    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(hidden, 1)

    def forward(self, holes):
        h, _ = self.lstm(holes)
        return self.out(self.drop(h[:, -1])).squeeze(-1)


def blast_batch(n=6, holes=9):
    x = torch.rand(n, holes, 3)
    y = (x[..., 0].sum(1) / (1 + x[..., 2].mean(1))).detach()
    return x, y


def gradient_times_input(model, x):
    """Attribution with the usual CUDA workaround: the forward is run in train
    mode (dropout disabled by hand), the original mode is restored after."""
    was_training = model.training
    drop_p = model.drop.p
    model.train()
    model.drop.p = 0.0
    try:
        x = x.detach().clone().requires_grad_(True)
        model(x).sum().backward()
        return (x.grad * x).detach()
    finally:
        model.drop.p = drop_p
        model.train(was_training)
