import torch


def pledge_ledgers(n, months=6, seed=0):
    """Monthly rows: interest paid (0/1), amount paid, days late, item value."""
    g = torch.Generator().manual_seed(seed)
    paid = (torch.rand(n, months, generator=g) > 0.3).float()
    amount = paid * torch.rand(n, months, generator=g)
    late = torch.rand(n, months, generator=g) * (1 - paid)
    value = torch.rand(n, 1, generator=g).expand(n, months)
    x = torch.stack([paid, amount, late, value], -1)
    y = ((paid[:, -3:].mean(1) + 0.5 * value[:, 0]) > 0.9).float()
    return x, y
