import torch
from torch.utils.data import DataLoader, TensorDataset


def make_loaders(n, seq_len, batch_size, n_features):
    x = torch.randn(n, seq_len, n_features)
    y = x[:, :, 0].mean(1) + 0.1 * torch.randn(n)
    split = n * 3 // 4
    train = TensorDataset(x[:split], y[:split])
    val = TensorDataset(x[split:], y[split:])
    return DataLoader(train, batch_size=batch_size, shuffle=True), DataLoader(val, batch_size=batch_size)
