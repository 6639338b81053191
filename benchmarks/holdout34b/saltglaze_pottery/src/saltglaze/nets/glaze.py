import torch.nn as nn


class GlazeNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(2, hidden, batch_first=True)
        self.thick = nn.Linear(hidden, 1)

    def forward(self, curve):
        _, h = self.rnn(curve)
        return self.thick(h[-1]).squeeze(-1)
