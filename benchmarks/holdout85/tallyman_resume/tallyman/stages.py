import torch
from torch import nn


def _step(model, opt, x, y):
    opt.zero_grad()
    loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


def pretrain(model, x, y, steps=2):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        loss = _step(model, opt, x, y)
    model.eval()
    with torch.no_grad():
        acc = (model(x).argmax(1) == y).float().mean().item()
    return loss, acc


def finetune(model, x, y, steps=2):
    opt = torch.optim.SGD(model.parameters(), lr=1e-2)
    for _ in range(steps):
        loss = _step(model, opt, x, y)
    return loss


def save_whole(model, path):
    torch.save(model, path)


def load_whole(path):
    return torch.load(path, weights_only=False)
