import torch
from torch import nn


def deterministic(model):
    """Switch off stochastic layers only."""
    for m in model.modules():
        if isinstance(m, nn.Dropout):
            m.eval()


def stochastic(model):
    for m in model.modules():
        if isinstance(m, nn.Dropout):
            m.train()


class GaugeSaliency:
    def __call__(self, engine, epoch):
        model = engine.model
        deterministic(model)
        x, _ = engine.sample()
        x.requires_grad_(True)
        model(x).sum().backward()
        per_gauge = (x.grad * x).abs().mean((0, 1))
        model.zero_grad(set_to_none=True)
        stochastic(model)
        print("epoch", epoch, "gauge relevance", [round(v, 3) for v in per_gauge.tolist()])
