import torch
from torch import nn


class HideGrader(nn.Module):
    """Grades tanned hides from a sequence of thickness readings."""

    def __init__(self, n_feat=6, hidden=12, n_grades=4):
        super().__init__()
        self.proj = nn.Linear(n_feat, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_grades)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return self.head(h[:, -1])
