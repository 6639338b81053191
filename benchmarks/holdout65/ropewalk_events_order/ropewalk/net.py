import torch.nn as nn


class TwistNet(nn.Module):
    def __init__(self, features, hidden):
        super().__init__()
        self.rnn = nn.RNN(features, hidden, batch_first=True, nonlinearity="tanh")
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)
