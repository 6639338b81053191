import torch.nn as nn


class StrainNet(nn.Module):
    def __init__(self, feats, hidden):
        super().__init__()
        self.proj = nn.Linear(feats, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(self.proj(x))
        return self.out(h[:, -1]).squeeze(-1)
