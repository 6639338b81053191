from torch import nn


class DelayNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.stops = nn.Linear(3, hidden)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=2, batch_first=True)
        self.delay = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(self.stops(x).tanh())
        return self.delay(out[:, -1]).squeeze(-1)
