import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.GRU(hidden, hidden, num_layers=2, batch_first=True)
        self.norm = nn.LayerNorm(hidden)

    def forward(self, z):
        h, _ = self.rnn(z)
        return self.norm(h[:, -1])


class AxleNet(nn.Module):
    def __init__(self, n_in, hidden, n_classes):
        super().__init__()
        self.stem = nn.Sequential(nn.Linear(n_in, hidden), nn.SiLU())
        self.encoder = Encoder(hidden)
        self.head = nn.Linear(hidden, n_classes)

    def forward(self, x):
        return self.head(self.encoder(self.stem(x)))
