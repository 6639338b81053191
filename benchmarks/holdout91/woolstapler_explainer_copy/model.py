import torch
from torch import nn


class FleeceGrader(nn.Module):
    """Grades a fleece from a sequence of staple-length readings along the bale."""

    def __init__(self, n_in=4, hidden=10, n_grades=4):
        super().__init__()
        self.embed = nn.Linear(n_in, hidden)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.cls = nn.Linear(hidden, n_grades)

    def forward(self, x):
        out, (h, c) = self.lstm(torch.tanh(self.embed(x)))
        return self.cls(h[-1])
