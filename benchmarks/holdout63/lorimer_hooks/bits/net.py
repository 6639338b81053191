from torch import nn


class WearRNN(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn = nn.RNN(n_in, hidden, nonlinearity="tanh", batch_first=True)
        self.reg = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.reg(out[:, -1])
