"""Predicts the kerning adjustment between consecutive glyphs from outline features."""
import torch
import torch.nn as nn


class PairKerner(nn.Module):
    def __init__(self, n_feat=6, hidden=12):
        super().__init__()
        self.embed = nn.Linear(n_feat, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, glyphs):
        h, _ = self.gru(torch.tanh(self.embed(glyphs)))
        return self.out(h).squeeze(-1)


def build_model(cfg):
    return PairKerner(cfg.get("n_feat", 6), cfg.get("hidden", 12))
