from torch import nn


class SpokeClassifier(nn.Module):
    def __init__(self, n_in, hidden, n_cls=2):
        super().__init__()
        self.rnn = nn.RNN(n_in, hidden, batch_first=True, nonlinearity="tanh")
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, x):
        _, h = self.rnn(x)
        return self.cls(h[-1])
