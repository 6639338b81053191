import torch
import torch.nn as nn


class HerdModel(nn.Module):
    def __init__(self, n_feats, hidden):
        super().__init__()
        self.embed = nn.Linear(n_feats, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.embed(x)))
        return self.head(h[:, -1]).squeeze(-1)


def make_loaders(batch, n_train=3, n_val=2, steps=6):
    def mk(n):
        return [(torch.randn(batch, steps, 4), torch.randn(batch)) for _ in range(n)]
    return mk(n_train), mk(n_val)
