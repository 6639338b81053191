from torch import nn


class BargeNet(nn.Module):
    """Tideway barge transit time from a sequence of lock/tide readings."""

    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.RNN(4, hidden, batch_first=True, nonlinearity="tanh")
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.fc(o[:, -1]).squeeze(-1)
