import torch
from torch import nn


class LSTMTwist(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1])


class ConvTwist(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.conv = nn.Conv1d(3, hidden, kernel_size=3, padding=1)
        self.bn = nn.BatchNorm1d(hidden)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        h = torch.relu(self.bn(self.conv(x.transpose(1, 2))))
        return self.out(h.mean(-1))
