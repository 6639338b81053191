import torch.nn as nn


class RainGRU(nn.Module):
    def __init__(self, n_in=2, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        _, h = self.gru(x)
        return self.fc(h[-1])
