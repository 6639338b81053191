from torch import nn


class BellToneNet(nn.Module):
    """Predicts the strike-note partials of a bell from its cooling-curve readings."""

    def __init__(self, n_in=2, hidden=8, n_out=3):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, n_out)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1])
