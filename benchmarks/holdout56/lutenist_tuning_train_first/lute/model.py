import torch
import torch.nn as nn


class PegDriftModel(nn.Module):
    """Predicts how far each course drifts out of tune over a performance."""

    def __init__(self, n_courses=6, hidden=12):
        super().__init__()
        self.embed = nn.Linear(n_courses, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.out = nn.Linear(hidden, n_courses)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.embed(x)))
        return self.out(self.drop(h))
