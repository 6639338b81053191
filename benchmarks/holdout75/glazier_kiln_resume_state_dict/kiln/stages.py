import torch
from torch import nn

from .model import CrazingNet


def _step(model, opt, x, y):
    opt.zero_grad()
    loss = nn.functional.binary_cross_entropy_with_logits(model(x), y)
    loss.backward()
    opt.step()
    return loss.item()


def pretrain(data, epochs=2):
    model = CrazingNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(epochs):
        for x, y in data:
            _step(model, opt, x, y)
    return model


def evaluate(model, data):
    model.eval()
    with torch.no_grad():
        hits = [((model(x) > 0).float() == y).float().mean() for x, y in data]
    return float(torch.stack(hits).mean())


def resume_finetune(model, data, epochs=1):
    opt = torch.optim.SGD(model.parameters(), lr=1e-3)
    loss = float("nan")
    for _ in range(epochs):
        for x, y in data:
            loss = _step(model, opt, x, y)
    return loss
