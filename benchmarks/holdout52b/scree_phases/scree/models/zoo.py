import torch.nn as nn

from .registry import register


@register("slope_lstm")
class SlopeLSTM(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.inp = nn.Linear(4, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.risk = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(self.inp(x))
        return self.risk(h[:, -1]).squeeze(-1)


@register("slope_mlp")
class SlopeMLP(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.net = nn.Sequential(nn.Flatten(), nn.LazyLinear(hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        return self.net(x).squeeze(-1)
