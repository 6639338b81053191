import torch


def make_loaders(n, batch, seq, feats):
    x = torch.randn(n, seq, feats)
    y = x.sum(dim=(1, 2)) * 0.1
    batches = [(x[i:i + batch], y[i:i + batch]) for i in range(0, n, batch)]
    split = len(batches) - 2
    return batches[:split], batches[split:]
