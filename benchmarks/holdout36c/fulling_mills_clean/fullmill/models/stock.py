import torch.nn as nn


class StockNet(nn.Module):
    def __init__(self, n_channels=3, hidden=8):
        super().__init__()
        self.config = {"n_channels": n_channels, "hidden": hidden}
        self.lstm = nn.LSTM(n_channels, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, vib):
        seq, _ = self.lstm(vib)
        return self.out(seq[:, -1]).squeeze(-1)
