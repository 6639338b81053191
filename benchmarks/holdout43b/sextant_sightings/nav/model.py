import torch.nn as nn


class SightingRegressor(nn.Module):
    def __init__(self, n_feat, hidden):
        super().__init__()
        self.lstm = nn.LSTM(n_feat, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(self.drop(h[:, -1])).squeeze(-1)
