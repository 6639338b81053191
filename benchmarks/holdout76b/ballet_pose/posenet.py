"""Small pose-sequence classifier for ballet steps (plié, tendu, jeté, ...).

Keypoints come from a 2-D pose estimator: 6 joints x (x, y) = 12 features per frame.
"""
import torch
import torch.nn as nn

STEPS = ["plie", "tendu", "jete", "pirouette", "arabesque"]


class PoseGRU(nn.Module):
    def __init__(self, n_feat=12, hidden=10, n_cls=len(STEPS), bidirectional=True):
        super().__init__()
        self.norm = nn.LayerNorm(n_feat)
        self.gru = nn.GRU(n_feat, hidden, batch_first=True, bidirectional=bidirectional)
        d = hidden * (2 if bidirectional else 1)
        self.head = nn.Sequential(nn.Dropout(0.2), nn.Linear(d, n_cls))

    def forward(self, x):
        h, _ = self.gru(self.norm(x))
        return self.head(h.mean(dim=1))


def make_clips(n, frames=10, n_feat=12, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, frames, n_feat, generator=g)
    y = torch.randint(0, len(STEPS), (n,), generator=g)
    x[torch.arange(n), :, y] += 1.0  # a joint that moves more for each step
    return x, y


def accuracy(logits, y):
    return (logits.argmax(-1) == y).float().mean().item()
