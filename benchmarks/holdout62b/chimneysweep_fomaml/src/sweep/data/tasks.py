import torch


def sample_task(k_shot=4, q=4, t=6):
    """One chimney = one task: soot build-up curve with a chimney-specific draught coefficient."""
    draught = torch.rand(1) * 2 - 1

    def make(n):
        x = torch.randn(n, t, 3)
        y = (x[:, :, 0].cumsum(1)[:, -1] * draught).unsqueeze(-1)
        return x, y

    return make(k_shot), make(q)
