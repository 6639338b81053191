import torch


def census_batches(n_batches=3, batch=4, seq=6, n_features=5, seed=0):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n_batches):
        x = torch.randn(batch, seq, n_features, generator=g)
        y = torch.randint(0, 3, (batch, seq), generator=g)
        out.append((x, y))
    return out
