import torch.nn as nn


class LSTMAutoencoder(nn.Module):
    def __init__(self, n_features=2, hidden=8):
        super().__init__()
        self.enc = nn.LSTM(n_features, hidden, batch_first=True)
        self.dec = nn.LSTM(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_features)

    def forward(self, x):
        z = self.enc(x)[0][:, -1:].expand(-1, x.size(1), -1)
        return self.out(self.dec(z)[0])
