import torch.nn as nn


class DeflectionLSTM(nn.Module):
    def __init__(self, gauges=4, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(gauges, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1])
