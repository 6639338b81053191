import torch
import torch.nn as nn


class StallForecaster(nn.Module):
    def __init__(self, n_feat, hidden):
        super().__init__()
        self.encoder = nn.GRU(n_feat, hidden, batch_first=True)
        self.recon = nn.Linear(hidden, n_feat)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.encoder(x)
        return self.head(h[:, -1]), self.recon(h)

    def aux_loss(self, x):
        _, rec = self(x)
        return torch.mean((rec[:, :-1] - x[:, 1:]) ** 2)
