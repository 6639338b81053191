import torch
import torch.nn as nn


class LogAE(nn.Module):
    """Embeds log-template ids, encodes with an LSTM, reconstructs the template sequence."""

    def __init__(self, n_templates=20, dim=8):
        super().__init__()
        self.emb = nn.Embedding(n_templates, dim)
        self.enc = nn.LSTM(dim, dim, batch_first=True)
        self.dec = nn.LSTM(dim, dim, batch_first=True)
        self.out = nn.Linear(dim, n_templates)

    def forward(self, ids):
        _, (h, c) = self.enc(self.emb(ids))
        z = h[-1].unsqueeze(1).expand(-1, ids.size(1), -1)
        return self.out(self.dec(z)[0])


def window(bs=4, t=6, n=20):
    return torch.randint(0, n, (bs, t))
