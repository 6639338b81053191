from torch import nn


class ChatterNet(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.rnn = nn.RNN(2, hidden, num_layers=2, batch_first=True, nonlinearity="relu")
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])
