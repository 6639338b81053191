import torch


def sample_task(n_support=4, n_query=4, t=6):
    leak = torch.rand(1) * 0.5

    def draw(n):
        x = torch.randn(n, t, 2)
        y = x[:, :, 0].sum(dim=1, keepdim=True) * (1 - leak)
        return x, y

    return draw(n_support), draw(n_query)
