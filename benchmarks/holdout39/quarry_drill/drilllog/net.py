from torch import nn


class WearNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.RNN(3, hidden, batch_first=True, nonlinearity="tanh")
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out[:, -1]).squeeze(-1)
