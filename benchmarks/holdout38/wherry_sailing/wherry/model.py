from torch import nn


class LeewayNet(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, num_layers=1)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        y, _ = self.lstm(x)
        return self.out(y[:, -1]).squeeze(-1)
