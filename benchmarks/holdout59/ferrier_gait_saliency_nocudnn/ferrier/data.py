import torch


def strike_loader(n, length, batch_size):
    x = torch.randn(n, length, 3)
    y = torch.randint(0, 3, (n,))
    return [(x[i:i + batch_size], y[i:i + batch_size]) for i in range(0, n, batch_size)]
