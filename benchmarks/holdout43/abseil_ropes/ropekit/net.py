import torch.nn as nn


class WearNet(nn.Module):
    def __init__(self, hidden=9):
        super().__init__()
        self.rnn = nn.GRU(3, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, 1)
        self.lr_scale = 1.0

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h.mean(dim=1))
