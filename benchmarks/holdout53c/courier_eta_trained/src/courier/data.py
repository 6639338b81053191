import torch


def make_batches(n, batch, steps, n_features):
    out = []
    for _ in range(n):
        x = torch.randn(batch, steps, n_features)
        y = x[:, :, 0].cumsum(1)[:, -1:] * 0.1 + 1.0
        out.append((x, y))
    return out
