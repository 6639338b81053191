import torch


def make_batches(n, cfg):
    out = []
    for _ in range(n):
        x = torch.randn(cfg["batch_size"], cfg["seq_len"], cfg["features"])
        y = torch.rand(cfg["batch_size"], 1) * 3
        out.append((x, y))
    return out
