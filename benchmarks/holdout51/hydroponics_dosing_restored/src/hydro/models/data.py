import torch
from torch.utils.data import DataLoader, TensorDataset


def make_loaders(cfg):
    n = cfg["batch_size"] * 3
    x = torch.randn(n, cfg["window"], cfg["sensors"])
    y = x[:, -3:, : cfg["targets"]].mean(1)
    train = TensorDataset(x, y)
    val = TensorDataset(torch.randn(cfg["batch_size"] * 2, cfg["window"], cfg["sensors"]),
                        torch.randn(cfg["batch_size"] * 2, cfg["targets"]))
    return (DataLoader(train, batch_size=cfg["batch_size"], shuffle=True),
            DataLoader(val, batch_size=cfg["batch_size"]))
