import torch.nn as nn


class PressureNet(nn.Module):
    def __init__(self, stops, hidden):
        super().__init__()
        self.gru = nn.GRU(stops, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1])
