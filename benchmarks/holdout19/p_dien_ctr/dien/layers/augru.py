"""Deep Interest Evolution Network (tiny): GRU interest extractor + attention-update GRU evolving layer."""
import torch
import torch.nn as nn


class AUGRUCell(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.x2h = nn.Linear(dim, 3 * dim)
        self.h2h = nn.Linear(dim, 3 * dim, bias=False)

    def forward(self, x, h, a):
        xr, xz, xn = self.x2h(x).chunk(3, -1)
        hr, hz, hn = self.h2h(h).chunk(3, -1)
        r = torch.sigmoid(xr + hr)
        z = torch.sigmoid(xz + hz) * a.unsqueeze(-1)
        n = torch.tanh(xn + r * hn)
        return (1 - z) * h + z * n


class DIEN(nn.Module):
    def __init__(self, n_items=30, dim=8):
        super().__init__()
        self.item_emb = nn.Embedding(n_items, dim)
        self.extractor = nn.GRU(dim, dim, batch_first=True)
        self.evolver = AUGRUCell(dim)
        self.mlp = nn.Sequential(nn.Linear(3 * dim, 8), nn.PReLU(), nn.Linear(8, 1))

    def forward(self, history, target):
        e = self.item_emb(history)
        t = self.item_emb(target)
        interests, _ = self.extractor(e)
        att = torch.softmax((interests * t.unsqueeze(1)).sum(-1), -1)
        h = torch.zeros_like(t)
        for step in range(interests.shape[1]):
            h = self.evolver(interests[:, step], h, att[:, step])
        return self.mlp(torch.cat([h, t, h * t], -1)).squeeze(-1), interests, e

    @staticmethod
    def auxiliary_loss(interests, e):
        pos = (interests[:, :-1] * e[:, 1:]).sum(-1)
        neg = (interests[:, :-1] * e[:, 1:].roll(1, 0)).sum(-1)
        return -(torch.log(torch.sigmoid(pos) + 1e-8) + torch.log(1 - torch.sigmoid(neg) + 1e-8)).mean()
