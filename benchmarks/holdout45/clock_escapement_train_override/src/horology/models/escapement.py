"""Predicts rate error (s/day) of a mechanical movement from beat-amplitude traces."""
import torch.nn as nn


class EscapementModel(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.norm = nn.BatchNorm1d(n_in)
        self.encoder = nn.GRU(n_in, hidden, batch_first=True, num_layers=2, dropout=0.2)
        self.rate = nn.Linear(hidden, 1)

    def train(self, mode=True):
        super().train(mode)
        # beat traces from the timegrapher are noisy; keep the encoder's dropout off
        self.encoder.train(False)
        return self

    def forward(self, beats):
        x = self.norm(beats.transpose(1, 2)).transpose(1, 2)
        h, _ = self.encoder(x)
        return self.rate(h[:, -1]).squeeze(-1)
