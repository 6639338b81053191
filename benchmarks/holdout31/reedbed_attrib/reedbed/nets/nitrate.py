from torch import nn


class NitrateModel(nn.Module):
    """Outputs (nitrate, phosphate) at the outflow."""

    def __init__(self, n_in=4, hidden=6):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, num_layers=1, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h.mean(dim=1))
