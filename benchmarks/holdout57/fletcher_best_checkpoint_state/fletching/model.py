import torch.nn as nn


class DriftNet(nn.Module):
    def __init__(self, channels, hidden):
        super().__init__()
        self.rnn = nn.LSTM(channels, hidden, batch_first=True, proj_size=4)
        self.out = nn.Linear(4, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])
