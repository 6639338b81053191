from torch import nn


class TwistRNN(nn.Module):
    """Predicts strand tension at each metre of a rope walk."""

    def __init__(self, n_in=3, hidden=6):
        super().__init__()
        self.rnn = nn.RNN(n_in, hidden, num_layers=2, batch_first=True, nonlinearity="relu")
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h).squeeze(-1)
