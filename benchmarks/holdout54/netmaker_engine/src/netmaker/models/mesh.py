import torch.nn as nn


class MeshNet(nn.Module):
    def __init__(self, n_knots, hidden, bidirectional=False):
        super().__init__()
        self.rnn = nn.GRU(n_knots, hidden, batch_first=True, bidirectional=bidirectional)
        self.drop = nn.Dropout(0.1)
        self.cls = nn.Linear(hidden * (2 if bidirectional else 1), 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.cls(self.drop(out.max(dim=1).values)).squeeze(-1)
