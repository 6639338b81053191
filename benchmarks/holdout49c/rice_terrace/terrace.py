"""Rice terrace water levels: a GRU over upstream gauge readings predicting each paddy's level."""
import torch
import torch.nn as nn


class TerraceGRU(nn.Module):
    def __init__(self, n_gauges=5, hidden=10, n_paddies=3):
        super().__init__()
        self.gru = nn.GRU(n_gauges, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_paddies)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1])


def input_smoothness_penalty(model, x):
    """Mean squared norm of d(prediction)/d(input): keeps levels from jumping on small gauge noise."""
    x = x.detach().requires_grad_(True)
    pred = model(x)
    (g,) = torch.autograd.grad(pred.sum(), x, create_graph=True)
    return g.pow(2).sum(dim=(1, 2)).mean()


def gauges(n=24, steps=12, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.rand(n, steps, 5, generator=g)
    y = torch.stack([x[:, -4:, i].mean(1) for i in range(3)], dim=1)
    return x, y
