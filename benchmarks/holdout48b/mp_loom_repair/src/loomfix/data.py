import torch
from torch.utils.data import DataLoader, TensorDataset


def _split(n, t=6, f=4):
    x = torch.randn(n, t, f)
    y = (x[:, :, 0].mean(1) > 0).long()
    return TensorDataset(x, y)


def make_loaders(batch):
    return (DataLoader(_split(12), batch_size=batch, shuffle=True),
            DataLoader(_split(8), batch_size=batch),
            DataLoader(_split(4), batch_size=batch))
