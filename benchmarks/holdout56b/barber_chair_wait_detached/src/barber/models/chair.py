import torch.nn as nn

from .registry import register


@register("chair_gru")
class ChairGRU(nn.Module):
    def __init__(self, n_in, hidden, n_cls):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.norm = nn.LayerNorm(hidden)
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, x):
        _, h = self.rnn(x)
        return self.cls(self.norm(h[-1]))


@register("chair_mlp")
class ChairMLP(nn.Module):
    def __init__(self, n_in, hidden, n_cls):
        super().__init__()
        self.net = nn.Sequential(nn.Flatten(), nn.LazyLinear(hidden), nn.ReLU(), nn.Linear(hidden, n_cls))

    def forward(self, x):
        return self.net(x)
