import torch.nn as nn


class TrackGRU(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.encoder = nn.GRU(n_in, hidden, batch_first=True)
        self.gap = nn.Linear(hidden, 1)

    def forward(self, tracks):
        h, _ = self.encoder(tracks)
        return self.gap(h[:, -1])
