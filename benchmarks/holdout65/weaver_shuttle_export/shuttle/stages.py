import torch
import torch.nn.functional as F

from .net import ShuttleNet


def _data(seed, n=8):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, 6, 3, generator=g)
    return x, x[:, :, 1].sum(1)


def pretrain(epochs=1):
    model = ShuttleNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x, y = _data(0)
    model.train()
    for _ in range(epochs):
        opt.zero_grad()
        F.mse_loss(model(x), y).backward()
        opt.step()
    return model


def export(model, path):
    model.eval()
    torch.save(model, path)


def load_export(path):
    return torch.load(path, weights_only=False)


def adapt(path, steps=1):
    model = load_export(path)
    opt = torch.optim.SGD(model.parameters(), lr=1e-2)
    x, y = _data(1)
    for _ in range(steps):
        opt.zero_grad()
        loss = F.mse_loss(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    return round(loss.item(), 4)
