import torch.nn as nn


class PourNet(nn.Module):
    def __init__(self, n_in=3, hidden=6):
        super().__init__()
        self.rnn = nn.RNN(n_in, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(self.drop(h[:, -1])).squeeze(-1)
