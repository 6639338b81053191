from torch import nn


class GuyTension(nn.Module):
    """Guy-line tension from anemometer gusts."""

    def __init__(self, d=3, hidden=6):
        super().__init__()
        self.rnn = nn.LSTM(d, hidden, num_layers=2, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(out[:, -1])
