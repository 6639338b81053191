import torch.nn as nn


class StrikeRegressor(nn.Module):
    def __init__(self, features, hidden):
        super().__init__()
        self.embed = nn.Linear(features, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(self.embed(x).tanh())
        return self.head(h[:, -1])
