import torch
import torch.nn as nn
import torch.nn.functional as F


class RimNet(nn.Module):
    def __init__(self, n_in, hidden, n_classes, p):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.drop = nn.Dropout(p)
        self.cls = nn.Linear(hidden, n_classes)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.cls(self.drop(h[:, -1]))


def rim_batches(n, batch=4, steps=8, seed=0):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        x = torch.randn(batch, steps, 3, generator=g)
        y = torch.bucketize(x[..., 1].mean(1), torch.tensor([-0.2, 0.2]))
        out.append((x, y))
    return out


def pretrain(model, batches, lr):
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for x, y in batches:
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
