import torch
from torch import nn


class ChordNet(nn.Module):
    def __init__(self, n_bins, width, depth=1, dropout=0.0):
        super().__init__()
        self.front = nn.Sequential(nn.Linear(n_bins, width), nn.ReLU(), nn.Dropout(0.25))
        self.lstm = nn.LSTM(width, width, num_layers=depth, dropout=dropout, batch_first=True)
        self.out = nn.Linear(width, 25)

    def forward(self, frames):
        seq, _ = self.lstm(self.front(frames))
        return self.out(seq.mean(dim=1))
