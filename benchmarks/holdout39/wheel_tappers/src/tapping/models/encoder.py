from torch import nn


class RingEncoder(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True, bidirectional=True)
        self.proj = nn.Linear(2 * hidden, hidden)

    def forward(self, z):
        out, _ = self.lstm(z)
        return self.proj(out.max(1).values)
