import torch
from torch.utils.data import DataLoader, TensorDataset


def make_loaders(features, n=16, steps=6):
    x = torch.randn(n, steps, features)
    y = x.mean(dim=(1, 2))
    train = TensorDataset(x[:12], y[:12])
    val = TensorDataset(x[12:], y[12:])
    return DataLoader(train, batch_size=4, shuffle=True), DataLoader(val, batch_size=4)
