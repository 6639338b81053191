import torch.nn as nn


class SensorEncoder(nn.Module):
    def __init__(self, n_in=5, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)

    def forward(self, x):
        out, _ = self.lstm(x)
        return out[:, -1]


class MethaneHead(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.mlp = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Dropout(0.1), nn.Linear(hidden, 1))

    def forward(self, h):
        return self.mlp(h)
