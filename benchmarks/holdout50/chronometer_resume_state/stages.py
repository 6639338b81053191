import torch
import torch.nn.functional as F


def trials(n, steps=7, seed=0, drift=0.0):
    g = torch.Generator().manual_seed(seed)
    temp = torch.randn(n, steps, 1, generator=g)
    rate = 0.3 * temp.cumsum(1) + drift + 0.05 * torch.randn(n, steps, 1, generator=g)
    x = torch.cat([temp, rate], dim=-1)
    y = 0.3 * temp[:, -1, 0] + rate[:, -1, 0]
    return x, y


def fit(model, data, epochs, lr, start_fresh, bs=4):
    if start_fresh:
        model.train()
    x, y = data
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for _ in range(epochs):
        for i in range(0, len(y), bs):
            loss = F.mse_loss(model(x[i:i + bs]), y[i:i + bs])
            opt.zero_grad()
            loss.backward()
            opt.step()


@torch.no_grad()
def mean_abs_error(model, data):
    x, y = data
    return (model(x) - y).abs().mean().item()
