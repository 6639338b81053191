import torch


def make_walks(n, length, n_features):
    """Random twist-gauge sequences with a smooth tension target."""
    x = torch.randn(n, length, n_features)
    y = x[:, :, :2].sum(-1).cumsum(1)[:, -1:] * 0.1
    return list(zip(x, y))


def batches(dataset, batch_size, shuffle=False):
    idx = torch.randperm(len(dataset)) if shuffle else torch.arange(len(dataset))
    for start in range(0, len(dataset), batch_size):
        chunk = [dataset[i] for i in idx[start:start + batch_size].tolist()]
        xs, ys = zip(*chunk)
        yield torch.stack(xs), torch.stack(ys)
