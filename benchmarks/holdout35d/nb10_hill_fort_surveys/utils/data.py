import torch


def make_survey(n_transects=30, n_points=8, seed=0):
    """Synthetic resistivity transects across hill forts: (resistivity, slope, magnetometry) per point."""
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n_transects, n_points, 3, generator=g)
    # ramparts show up as a resistivity bump followed by a slope break
    y = ((x[:, 2:5, 0].mean(1) > 0) & (x[:, 4:, 1].mean(1) < 0.3)).long()
    return x, y


def minibatches(x, y, batch_size=5, generator=None):
    perm = torch.randperm(len(x), generator=generator)
    for i in range(0, len(x), batch_size):
        j = perm[i:i + batch_size]
        yield x[j], y[j]
