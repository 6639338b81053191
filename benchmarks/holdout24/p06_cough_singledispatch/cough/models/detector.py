import torch.nn as nn


class CoughDetector(nn.Module):
    def __init__(self, n_feats=6, hidden=8):
        super().__init__()
        self.frontend = nn.Linear(n_feats, hidden)
        self.encoder = nn.GRU(hidden, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.encoder(self.frontend(x).relu())
        return self.cls(h[:, -1]).squeeze(-1)
