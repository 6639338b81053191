import torch
import torch.nn as nn


class HoofWearNet(nn.Module):
    def __init__(self, n_feat=4, hidden=8):
        super().__init__()
        self.embed = nn.Linear(n_feat, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.embed(x)))
        return self.head(h[:, -1]).squeeze(-1)


def make_stable(n_horses, batch=4, weeks=5):
    x = torch.randn(n_horses, weeks, 4)
    y = 30 + 5 * x[:, :, 1].sum(1)
    return [(x[i:i + batch], y[i:i + batch]) for i in range(0, n_horses, batch)]
