from torch import nn


class LaunchGRU(nn.Module):
    def __init__(self, f, hidden):
        super().__init__()
        self.gru = nn.GRU(f, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1])
