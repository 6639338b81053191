import torch.nn as nn


class KilnNet(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.enc_bn = nn.BatchNorm1d(n_in)
        self.encoder = nn.LSTM(n_in, hidden, batch_first=True)
        self.decoder = nn.Linear(hidden, 1)

    def forward(self, x):
        x = self.enc_bn(x.transpose(1, 2)).transpose(1, 2)
        h, _ = self.encoder(x)
        return self.decoder(h[:, -1]).squeeze(-1)
