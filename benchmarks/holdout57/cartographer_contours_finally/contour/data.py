import torch


def transects(n, seed, length=8, batch=4):
    g = torch.Generator().manual_seed(seed)
    elev = torch.randn(n, length, generator=g).cumsum(1)
    slope = torch.diff(elev, dim=1, prepend=elev[:, :1])
    x = torch.stack([elev, slope], dim=-1)
    y = (torch.floor(elev[:, 1:]) != torch.floor(elev[:, :-1])).float()
    y = torch.cat([y, torch.zeros(n, 1)], dim=1)
    return list(zip(x.split(batch), y.split(batch)))
