import torch.nn as nn


class FlowNet(nn.Module):
    """Flow-meter readings along a pipe run -> blockage class (clear / partial / full)."""

    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(hidden, 3)

    def forward(self, x):
        return self.out(self.drop(self.rnn(x)[0][:, -1]))
