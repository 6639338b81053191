import torch
import torch.nn as nn


class CuringNet(nn.Module):
    def __init__(self, feat=3, hidden=8):
        super().__init__()
        self.hidden = hidden
        self.cell = nn.LSTMCell(feat, hidden)
        self.moisture = nn.Linear(hidden, 1)

    def forward(self, log):  # log: (B, T, feat)
        b = log.shape[0]
        h = log.new_zeros(b, self.hidden)
        c = log.new_zeros(b, self.hidden)
        for t in range(log.shape[1]):
            h, c = self.cell(log[:, t], (h, c))
        return self.moisture(h).squeeze(-1)
