import torch.nn as nn


class KnotDensity(nn.Module):
    def __init__(self, channels=4, hidden=8):
        super().__init__()
        self.gru = nn.GRU(channels, hidden, num_layers=2, batch_first=True)
        self.reg = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.reg(h[-1]).squeeze(-1)


def build_model(hidden):
    return KnotDensity(hidden=hidden)
