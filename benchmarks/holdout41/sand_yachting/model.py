from torch import nn


class HeadingRNN(nn.Module):
    def __init__(self, f, hidden):
        super().__init__()
        self.rnn = nn.RNN(f, hidden, batch_first=True, nonlinearity="tanh")
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])
