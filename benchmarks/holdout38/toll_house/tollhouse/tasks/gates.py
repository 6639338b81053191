import torch


def _gate():
    slope = torch.rand(1) * 2
    def draw(n=4):
        x = torch.randn(n, 5, 2)
        return x, slope * x[:, :, 0].sum(1)
    return draw(), draw()


def sample_gates(k):
    return [_gate() for _ in range(k)]
