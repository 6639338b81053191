import torch.nn as nn


class NibProfiler(nn.Module):
    """Classifies a quill nib from a pressure trace recorded while writing."""

    def __init__(self, n_feat, hidden, n_cls):
        super().__init__()
        self.inp = nn.Linear(n_feat, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True, bidirectional=True)
        self.norm = nn.LayerNorm(2 * hidden)
        self.out = nn.Linear(2 * hidden, n_cls)

    def forward(self, x):
        h, _ = self.lstm(self.inp(x).relu())
        return self.out(self.norm(h.mean(1)))
