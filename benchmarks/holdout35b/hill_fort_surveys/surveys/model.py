import torch.nn as nn


class RampartNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.3)
        self.out = nn.Linear(2 * hidden, 3)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(self.drop(h[:, -1]))
