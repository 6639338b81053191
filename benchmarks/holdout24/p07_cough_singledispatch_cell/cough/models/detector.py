import torch
import torch.nn as nn


class CoughDetector(nn.Module):
    def __init__(self, n_feats=6, hidden=8):
        super().__init__()
        self.frontend = nn.Linear(n_feats, hidden)
        self.encoder = nn.GRUCell(hidden, hidden)
        self.cls = nn.Linear(hidden, 1)

    def forward(self, x):
        z = self.frontend(x).relu()
        h = torch.zeros(x.size(0), self.encoder.hidden_size)
        for t in range(z.size(1)):
            h = self.encoder(z[:, t], h)
        return self.cls(h).squeeze(-1)
