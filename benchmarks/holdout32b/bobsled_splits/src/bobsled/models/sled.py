from torch import nn


class SledGRU(nn.Module):
    def __init__(self, n_in=3, hidden=6):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, num_layers=2, batch_first=True)
        self.split = nn.Linear(hidden, 1)

    def forward(self, frames):
        _, h = self.gru(frames)
        return self.split(h[-1])
