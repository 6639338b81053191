import torch


def _batch(batch, steps, bells):
    x = torch.randn(batch, steps, bells)
    y = torch.randint(0, bells, (batch,))
    return x, y


def make_loaders(n_train, n_val, batch, steps, bells):
    train = [_batch(batch, steps, bells) for _ in range(n_train)]
    val = [_batch(batch, steps, bells) for _ in range(n_val)]
    return train, val
