from torch import nn


class EchoNet(nn.Module):
    def __init__(self, bins=5, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(bins, hidden, batch_first=True, bidirectional=True)
        self.density = nn.Linear(2 * hidden, 1)

    def forward(self, pings):
        h, _ = self.rnn(pings)
        return self.density(h.mean(1)).squeeze(-1)
