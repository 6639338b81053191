import torch
from torch import nn


def reef_logs(n=12, t=16, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, t, 3, generator=g)
    # target: hypoxia risk at the end of the window
    y = torch.sigmoid(-x[:, -4:, 0].mean(1) + 0.5 * x[:, -4:, 1].mean(1))
    return x, y


class ReefEncoder(nn.Module):
    def __init__(self, n_in=3, hidden=12):
        super().__init__()
        self.hidden = hidden
        self.gru = nn.GRU(n_in, hidden, num_layers=2, batch_first=True, dropout=0.2)

    def forward(self, x):
        out, _ = self.gru(x)
        return out


def pretrain_backbone(data, hidden=12, steps=4):
    x, y = data
    enc = ReefEncoder(hidden=hidden)
    probe = nn.Linear(hidden, 1)
    opt = torch.optim.Adam(list(enc.parameters()) + list(probe.parameters()), lr=1e-2)
    enc.train()
    for _ in range(steps):
        loss = nn.functional.binary_cross_entropy_with_logits(probe(enc(x)[:, -1]).squeeze(-1), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return enc
