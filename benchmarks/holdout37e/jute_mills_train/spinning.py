import torch
import torch.nn as nn


class SpindleModel(nn.Module):
    """Spindle tension trace -> yarn break (binary)."""

    def __init__(self, hidden=8):
        super().__init__()
        self.emb = nn.Linear(2, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.lstm(torch.tanh(self.emb(x)))
        return self.out(h[:, -1])
