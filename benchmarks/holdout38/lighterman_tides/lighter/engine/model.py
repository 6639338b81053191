from torch import nn


class TideNet(nn.Module):
    def __init__(self, gauges, hidden):
        super().__init__()
        self.rnn = nn.GRU(gauges, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(self.drop(h[:, -1])).squeeze(-1)


def build(cfg):
    return TideNet(cfg["gauges"], cfg["hidden"])
