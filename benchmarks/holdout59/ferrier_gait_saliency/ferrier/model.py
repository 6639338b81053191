import torch.nn as nn


class HoofGRU(nn.Module):
    def __init__(self, n_channels, hidden, n_classes):
        super().__init__()
        self.gru = nn.GRU(n_channels, hidden, batch_first=True, bidirectional=True)
        self.norm = nn.LayerNorm(2 * hidden)
        self.cls = nn.Linear(2 * hidden, n_classes)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.cls(self.norm(h.mean(1)))
