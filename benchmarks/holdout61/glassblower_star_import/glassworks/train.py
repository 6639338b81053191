import torch

from .builders import *  # noqa: F401,F403


def furnace_batches(n, seed=0):
    g = torch.Generator().manual_seed(seed)
    for _ in range(n):
        x = torch.randn(4, 12, 4, generator=g)
        yield x, x.cumsum(1)[..., 0] * 0.1


def run(steps=3):
    model = build_model(n_in=4, hidden=10)  # noqa: F405
    opt = make_optimizer(model)  # noqa: F405
    for x, y in furnace_batches(steps):
        loss = torch.nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()
