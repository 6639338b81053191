import torch
from torch import nn


class SeamTagger(nn.Module):
    """Tags each stitch of a glove seam (ok / skipped / puckered) from needle-force traces."""

    def __init__(self, n_in=4, hidden=8, n_tags=3):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.drop = nn.Dropout(0.3)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=2, dropout=0.2, batch_first=True, bidirectional=True)
        self.tag = nn.Linear(2 * hidden, n_tags)

    def forward(self, x):
        h = self.drop(torch.relu(self.proj(x)))
        h, _ = self.lstm(h)
        return self.tag(h)
