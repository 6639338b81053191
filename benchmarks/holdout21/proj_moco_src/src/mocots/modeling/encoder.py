import torch.nn as nn


class SeqEncoder(nn.Module):
    def __init__(self, feat=4, hidden=12, dim=8):
        super().__init__()
        self.lstm = nn.LSTM(feat, hidden, batch_first=True)
        self.proj = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, dim))

    def forward(self, x):
        _, (h, _) = self.lstm(x)
        return nn.functional.normalize(self.proj(h[-1]), dim=-1)
