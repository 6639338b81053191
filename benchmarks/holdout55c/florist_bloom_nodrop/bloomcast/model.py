import torch
from torch import nn


class BloomForecaster(nn.Module):
    """Predicts days-to-bloom from greenhouse temperature / humidity / light logs."""

    def __init__(self, n_sensors=3, hidden=8, layers=2, dropout=0.0):
        super().__init__()
        self.embed = nn.Sequential(nn.Linear(n_sensors, hidden), nn.Dropout(0.1))
        self.rnn = nn.LSTM(hidden, hidden, num_layers=layers, dropout=dropout, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, logs):
        h, _ = self.rnn(torch.tanh(self.embed(logs)))
        return self.head(h[:, -1]).squeeze(-1)
