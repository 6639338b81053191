from torch import nn


class KerfNet(nn.Module):
    """Classifies saw-blade sounds into wood species (task A) and moisture bands (task B)."""

    def __init__(self, n_in=4, hidden=8, n_out=3):
        super().__init__()
        self.rnn = nn.RNN(n_in, hidden, batch_first=True, nonlinearity="tanh")
        self.fc = nn.Linear(hidden, n_out)

    def forward(self, x):
        _, h = self.rnn(x)
        return self.fc(h[-1])
