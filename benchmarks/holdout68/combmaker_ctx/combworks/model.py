from torch import nn


class ToothGapNet(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.enc = nn.LSTM(n_in, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.enc(x)
        return self.out(h[:, -1]).squeeze(-1)
