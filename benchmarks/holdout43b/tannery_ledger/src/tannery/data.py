import torch
from torch.utils.data import DataLoader, TensorDataset


def _ledgers(n, days=9, n_feat=5):
    x = torch.randn(n, days, n_feat)
    score = x[:, :, 1].mean(1) - x[:, :, 3].mean(1)
    y = torch.bucketize(score, torch.tensor([-0.3, 0.3]))
    return TensorDataset(x, y)


def make_loaders(n_train, n_val, batch_size):
    return (DataLoader(_ledgers(n_train), batch_size=batch_size, shuffle=True),
            DataLoader(_ledgers(n_val), batch_size=batch_size))
