import torch.nn as nn


class WheelModel(nn.Module):
    def __init__(self, n_in=2, hidden=8):
        super().__init__()
        self.encoder = nn.LSTM(n_in, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.regressor = nn.Linear(hidden, 1)

    def forward(self, x):
        seq, _ = self.encoder(x)
        return self.regressor(seq[:, -1])
