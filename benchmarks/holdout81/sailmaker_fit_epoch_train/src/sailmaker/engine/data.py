import torch
from torch.utils.data import DataLoader, TensorDataset


def make_loaders(n, seq, n_feat, batch):
    x = torch.randn(n, seq, n_feat)
    y = x[:, -3:, 0].mean(1)
    split = n * 3 // 4
    tr = TensorDataset(x[:split], y[:split])
    va = TensorDataset(x[split:], y[split:])
    return DataLoader(tr, batch_size=batch, shuffle=True), DataLoader(va, batch_size=batch)
