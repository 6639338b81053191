import torch.nn as nn


class TackModel(nn.Module):
    def __init__(self, n_in, hidden, n_cls):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.rnn(self.proj(x))
        return self.head(h[:, -1])
