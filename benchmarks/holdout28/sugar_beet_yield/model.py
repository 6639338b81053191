from torch import nn


class BeetYield(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(3, 10, batch_first=True, bidirectional=True)
        self.out = nn.Linear(20, 1)

    def forward(self, weather):
        return self.out(self.rnn(weather)[0][:, -1])
