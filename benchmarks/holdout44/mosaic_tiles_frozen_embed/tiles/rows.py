import torch


def tessera_rows(n, batch, length, n_colours):
    for _ in range(n):
        x = torch.randint(0, n_colours, (batch, length))
        y = x[:, length // 2 - 1]
        yield x, y
