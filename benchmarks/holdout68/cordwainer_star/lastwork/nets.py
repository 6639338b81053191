from torch import nn


class SoleWearNet(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h.mean(1)).squeeze(-1)
