import torch


def sample_task(k=4, seq=8, gen=None):
    """One rope batch = one task: map strand tension traces to final twist, with a
    batch-specific twist coefficient."""
    coef = torch.rand(1, generator=gen) * 2 + 0.5
    def draw():
        x = torch.randn(k, seq, 2, generator=gen)
        y = coef * x[:, :, 0].sum(1) - x[:, :, 1].mean(1)
        return x, y
    return draw(), draw()
