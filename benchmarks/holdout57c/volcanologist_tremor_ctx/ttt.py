"""Test-time training helpers for the tremor classifier.

The model has a shared GRU encoder, a phase head (quiet / unrest / eruptive) and an auxiliary head that
predicts the next RSAM sample. At test time we take a few gradient steps on the auxiliary loss for each
incoming batch of station windows (Sun et al., TTT) before classifying it.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

PHASES = ("quiet", "unrest", "eruptive")


class TremorNet(nn.Module):
    def __init__(self, n_bands=4, hidden=10):
        super().__init__()
        self.encoder = nn.GRU(n_bands, hidden, batch_first=True, num_layers=2, dropout=0.1)
        self.phase_head = nn.Linear(hidden, len(PHASES))
        self.aux_head = nn.Linear(hidden, n_bands)

    def encode(self, x):
        out, _ = self.encoder(x)
        return out

    def forward(self, x):
        return self.phase_head(self.encode(x)[:, -1])

    def aux_loss(self, x):
        h = self.encode(x[:, :-1])
        return F.mse_loss(self.aux_head(h), x[:, 1:])


class train_mode:
    """`with train_mode(module):` — train mode inside the block, previous mode restored afterwards."""

    def __init__(self, module):
        self.module = module
        self._was = None

    def __enter__(self):
        self._was = self.module.training
        self.module.train()
        return self.module

    def __exit__(self, *exc):
        self.module.train(self._was)
        return False


def adapt(model, x, steps=2, lr=1e-3):
    params = list(model.encoder.parameters()) + list(model.aux_head.parameters())
    opt = torch.optim.SGD(params, lr=lr)
    for _ in range(steps):
        opt.zero_grad()
        loss = model.aux_loss(x)
        loss.backward()
        opt.step()
    return loss.item()
