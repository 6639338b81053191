import torch
from torch.utils.data import DataLoader, TensorDataset


def make_loaders(n, batch, steps, feats):
    x = torch.randn(n, steps, feats)
    y = x.sum(dim=(1, 2)) * 0.1
    ds = TensorDataset(x, y)
    tr = torch.utils.data.Subset(ds, range(0, n - 8))
    va = torch.utils.data.Subset(ds, range(n - 8, n))
    return DataLoader(tr, batch_size=batch, shuffle=True), DataLoader(va, batch_size=batch)
