import torch
from torch.utils.data import DataLoader, TensorDataset


def _traces(n, steps, n_feat):
    x = torch.randn(n, steps, n_feat)
    y = x[:, :, 0].mean(1, keepdim=True) * 0.5 + 0.1 * torch.randn(n, 1)
    return TensorDataset(x, y)


def make_loaders(n_train, n_val, batch_size, steps, n_feat):
    train = DataLoader(_traces(n_train, steps, n_feat), batch_size=batch_size, shuffle=True)
    val = DataLoader(_traces(n_val, steps, n_feat), batch_size=batch_size)
    return train, val
