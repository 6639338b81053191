"""Model for tar-boiler temperature traces (road-mending gang logs)."""
import torch.nn as nn


class BoilerNet(nn.Module):
    def __init__(self, n_sensors=3, hidden=10):
        super().__init__()
        self.rnn = nn.GRU(n_sensors, hidden, num_layers=2, batch_first=True)
        self.head = nn.Linear(hidden, 2)  # ready / not ready to pour

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1])
