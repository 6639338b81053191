from torch import nn


class PressureNet(nn.Module):
    """Saddle-fit pressure-mat frames over a ride -> fit class (narrow/ok/wide)."""

    def __init__(self, d=6, h=10):
        super().__init__()
        self.gru = nn.GRU(d, h, batch_first=True)
        self.cls = nn.Linear(h, 3)

    def forward(self, x):
        _, hn = self.gru(x)
        return self.cls(hn[-1])
