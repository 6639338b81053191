from torch import nn


class GaitLameness(nn.Module):
    """Hoof-strike accelerometer windows -> lameness score."""

    def __init__(self, n_axes=3, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(n_axes, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


def build():
    return GaitLameness()
