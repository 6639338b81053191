import torch


def sample_task(shots=3, queries=3, seq=5):
    scale = torch.rand(1) * 2
    def draw(n):
        x = torch.randn(n, seq, 2)
        return x, scale * x.sum(dim=(1, 2))
    return draw(shots), draw(queries)
