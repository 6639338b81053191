import torch
from torch import nn


class SaponifyNet(nn.Module):
    """Predicts lye ratio from a short series of kettle temperatures."""

    def __init__(self, n_feat=3, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_feat, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return self.head(h[:, -1]).squeeze(-1)
