import torch.nn as nn


class HideGrader(nn.Module):
    """Grades a hide from a sequence of thickness/moisture readings taken along the drum."""

    def __init__(self, n_features=3, hidden=8, n_grades=4):
        super().__init__()
        self.proj = nn.Linear(n_features, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_grades)

    def forward(self, x):
        h, _ = self.lstm(self.proj(x))
        return self.head(h[:, -1])
