import torch.nn as nn


class TrackSeq(nn.Module):
    def __init__(self, d=3, hidden=8):
        super().__init__()
        self.gru = nn.GRU(d, hidden, batch_first=True, num_layers=2)
        self.head = nn.Linear(hidden, d)

    def forward(self, track):
        h, _ = self.gru(track)
        return self.head(h[:, -1])
