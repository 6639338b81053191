import torch


def sample_organ(n_support=4, n_query=4, pipes=8):
    """One organ = one task: a different temperature coefficient per instrument."""
    coef = torch.rand(()) * 2 - 1

    def draw(n):
        temp = torch.randn(n, pipes, 1)
        cents = torch.randn(n, pipes, 1) * 3
        x = torch.cat([cents, temp], -1)
        return x, -(cents.squeeze(-1) + coef * temp.squeeze(-1))

    return draw(n_support), draw(n_query)
