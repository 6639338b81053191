import torch.nn as nn


class LevelNet(nn.Module):
    def __init__(self, n_sensors=3, hidden=8):
        super().__init__()
        self.encoder = nn.LSTM(n_sensors, hidden, batch_first=True)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.Tanh(), nn.Linear(hidden, 1))

    def forward(self, x):
        out, _ = self.encoder(x)
        return self.head(out[:, -1])
