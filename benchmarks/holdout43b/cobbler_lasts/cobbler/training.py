import torch
import torch.nn.functional as F


def walks(n, frames=7, sensors=6):
    x = torch.rand(n, frames, sensors)
    y = torch.stack([x[..., :2].sum((1, 2)), x[..., 2:4].mean((1, 2)), x[..., 4:].max(1).values.sum(-1)], -1)
    return x, y


def fit(model, steps):
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(steps):
        x, y = walks(4)
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
