import torch
from torch.utils.data import DataLoader, TensorDataset


def make_loaders(n=16, batch=4):
    x = torch.randint(0, 20, (n, 6))
    y = torch.randint(0, 3, (n,))
    ds = TensorDataset(x, y)
    return DataLoader(ds, batch_size=batch, shuffle=True), DataLoader(ds, batch_size=batch)
