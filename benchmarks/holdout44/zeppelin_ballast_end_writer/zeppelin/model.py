import torch.nn as nn


class TrimModel(nn.Module):
    def __init__(self, n_sensors, hidden, layers=1):
        super().__init__()
        self.lstm = nn.LSTM(n_sensors, hidden, num_layers=layers, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)
