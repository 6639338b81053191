import torch.nn as nn


class DriftModel(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(4, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(self.drop(h[:, -1])).squeeze(-1)
