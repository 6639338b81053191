"""Forced-alignment helper: GRU frame classifier + a trainer whose evaluate() restores the training mode."""
import contextlib

import torch
import torch.nn as nn
import torch.nn.functional as F


class FrameGRU(nn.Module):
    def __init__(self, feat=6, hidden=8, n_phones=5):
        super().__init__()
        self.gru = nn.GRU(feat, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, n_phones)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h)


@contextlib.contextmanager
def evaluating(model):
    was = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(was)


class AlignTrainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def step(self, x, y):
        loss = F.cross_entropy(self.model(x).transpose(1, 2), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def frame_accuracy(self, x, y):
        with evaluating(self.model) as m, torch.no_grad():
            return (m(x).argmax(-1) == y).float().mean().item()
