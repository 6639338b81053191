from torch import nn


class LeafQualityNet(nn.Module):
    """Scores gold-leaf adhesion from burnisher pressure traces."""

    def __init__(self, n_in=4, hidden=6):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, num_layers=2, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.rnn(x)
        return self.score(h[-1]).squeeze(-1)
