import torch.nn as nn


class StrokeDepthNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lift = nn.Linear(3, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.depth = nn.Linear(hidden, 1)

    def forward(self, force):
        h, _ = self.rnn(self.lift(force).relu())
        return self.depth(h).squeeze(-1)
