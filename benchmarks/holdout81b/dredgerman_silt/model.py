import torch
import torch.nn as nn


class SiltNet(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.rnn = nn.LSTM(2, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])
