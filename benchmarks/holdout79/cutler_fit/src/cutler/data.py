import torch
from torch.utils.data import DataLoader, TensorDataset


def make_loaders(n_in, n=24, seq=7, batch=4):
    x = torch.randn(n, seq, n_in)
    y = x[:, :, 0].mean(1)
    ds = TensorDataset(x, y)
    return DataLoader(ds, batch_size=batch, shuffle=True), DataLoader(ds, batch_size=batch)
