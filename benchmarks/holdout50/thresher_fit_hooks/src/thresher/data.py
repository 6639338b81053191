import torch
from torch.utils.data import DataLoader, TensorDataset


def _synthetic(n, steps, n_features):
    x = torch.randn(n, steps, n_features)
    # grain loss grows with drum speed variance
    y = x[..., 0].var(dim=1) + 0.1 * x[..., 1].mean(dim=1)
    return TensorDataset(x, y)


def make_loaders(n_train, n_val, steps, batch_size, n_features):
    train = DataLoader(_synthetic(n_train, steps, n_features), batch_size=batch_size, shuffle=True)
    val = DataLoader(_synthetic(n_val, steps, n_features), batch_size=batch_size)
    return train, val
