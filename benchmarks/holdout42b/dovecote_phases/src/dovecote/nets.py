import torch.nn as nn


class CountNet(nn.Module):
    def __init__(self, feat=4, hidden=8):
        super().__init__()
        self.rnn = nn.RNN(feat, hidden, batch_first=True, nonlinearity="tanh")
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1])
