from torch import nn


class WattleNet(nn.Module):
    def __init__(self, n_in=3, hidden=8, n_cls=2):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, x):
        _, h = self.rnn(x)
        return self.cls(h[-1])
