from torch import nn

__all__ = ["RoundNet"]


class RoundNet(nn.Module):
    def __init__(self, n_in=3, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.value = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.value(h.mean(1))
