import torch
from torch.utils.data import DataLoader, TensorDataset


def make_loaders(cfg):
    def ds(n):
        x = torch.randn(n, 6, cfg["features"])
        y = x[:, :, 0].mean(1)
        return TensorDataset(x, y)

    return (DataLoader(ds(16), batch_size=cfg["batch"], shuffle=True),
            DataLoader(ds(8), batch_size=cfg["batch"]))
