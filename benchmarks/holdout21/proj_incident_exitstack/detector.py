import torch
import torch.nn as nn


class IncidentDetector(nn.Module):
    """Loop-detector occupancy/speed series -> bidirectional GRU -> incident probability per segment."""

    def __init__(self, feats=4, hidden=12):
        super().__init__()
        self.gru = nn.GRU(feats, hidden, batch_first=True, bidirectional=True, num_layers=2, dropout=0.1)
        self.out = nn.Linear(2 * hidden, 1)

    def forward(self, series):
        return self.out(self.gru(series)[0][:, -1]).squeeze(-1)


def detector_batch(b=4, t=12, feats=4):
    x = torch.randn(b, t, feats)
    y = (x[:, -3:, 0].mean(1) > 0.3).float()
    return x, y
