import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self, bands=5, hidden=8, layers=2):
        super().__init__()
        self.lstm = nn.LSTM(bands, hidden, num_layers=layers, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1]).squeeze(-1)
