from torch import nn


class KilnNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.encoder = nn.Sequential()
        self.encoder.add_module("inp", nn.Linear(3, hidden))
        self.encoder.add_module("drop", nn.Dropout(0.1))
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Sequential(nn.Dropout(0.1), nn.Linear(hidden, 2))

    def forward(self, x):
        h, _ = self.rnn(self.encoder(x))
        return self.head(h[:, -1])
