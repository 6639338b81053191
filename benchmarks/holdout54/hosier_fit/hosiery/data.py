import torch
from torch.utils.data import DataLoader, TensorDataset


def _split(n, seq=7, gauges=5, classes=3):
    x = torch.randn(n, seq, gauges)
    y = torch.randint(0, classes, (n,))
    return TensorDataset(x, y)


def make_loaders(n_train, n_val, batch):
    return (DataLoader(_split(n_train), batch_size=batch, shuffle=True),
            DataLoader(_split(n_val), batch_size=batch))
