import torch.nn as nn


class LastNet(nn.Module):
    def __init__(self, n_sensors, hidden, n_out=3):
        super().__init__()
        self.rnn = nn.GRU(n_sensors, hidden, batch_first=True, num_layers=2)
        self.out = nn.Linear(hidden, n_out)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])
