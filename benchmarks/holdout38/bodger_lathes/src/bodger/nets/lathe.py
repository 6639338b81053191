from torch import nn


class LatheNet(nn.Module):
    """Recurrent encoder with two heads: diameter, and next-step treadle reconstruction.

    The encoder is kept in training behaviour at all times (its statistics are adapted
    online), so ``train()`` is overridden to leave it alone when switching to eval.
    """

    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.encoder = nn.LSTM(n_in, hidden, batch_first=True)
        self.diameter = nn.Linear(hidden, 1)
        self.next_step = nn.Linear(hidden, n_in)
        self.drop = nn.Dropout(0.2)

    def train(self, mode=True):
        super().train(mode)
        self.encoder.train(True)
        return self

    def forward(self, x):
        h, _ = self.encoder(x)
        return self.diameter(self.drop(h[:, -1])).squeeze(-1), self.next_step(h[:, :-1])
