from contextlib import contextmanager

import torch


def _slab(n=3, t=8):
    x = torch.rand(n, t, 2)
    return x, 1.0 - x[:, :, 0].mean(1)


@contextmanager
def evaluating(model):
    prev = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(prev)


def phases(model, epochs, per_epoch):
    model.train()
    for epoch in range(epochs):
        for _ in range(per_epoch):
            yield "train", _slab()
        with evaluating(model), torch.no_grad():
            x, y = _slab()
            err = (model(x) - y).pow(2).mean().item()
        yield f"val@{epoch}", err
