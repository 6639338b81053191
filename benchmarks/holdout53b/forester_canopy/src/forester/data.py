import torch
from torch.utils.data import DataLoader, TensorDataset


def make_loaders(n_train, n_val, batch, steps=10, n_in=5):
    x = torch.randn(n_train + n_val, steps, n_in)
    y = x[:, -3:, 0].mean(1, keepdim=True) + 0.1 * torch.randn(n_train + n_val, 1)
    tr = TensorDataset(x[:n_train], y[:n_train])
    va = TensorDataset(x[n_train:], y[n_train:])
    return DataLoader(tr, batch_size=batch, shuffle=True), DataLoader(va, batch_size=batch)
