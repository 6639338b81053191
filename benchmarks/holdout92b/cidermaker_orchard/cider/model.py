import torch.nn as nn


class SweepNet(nn.Module):
    def __init__(self, n_in=3, hidden=8, n_cls=4):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_cls)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])
