import copy

import torch
from torch import nn


def train_and_save(cls, x, y, n=2):
    model = cls()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    out = []
    for _ in range(n):
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        out.append(copy.deepcopy(model.state_dict()))
    return out


def _flat_grad(model, x, y):
    with torch.backends.cudnn.flags(enabled=False):
        loss = nn.functional.mse_loss(model(x), y)
        grads = torch.autograd.grad(loss, list(model.parameters()))
    return torch.cat([g.flatten() for g in grads])


def tracin_scores(cls, ckpts, xs, ys, test):
    scores = torch.zeros(xs.shape[0])
    for state in ckpts:
        model = cls()
        model.load_state_dict(state)
        model.eval()
        gt = _flat_grad(model, *test)
        for i in range(xs.shape[0]):
            scores[i] += 0.1 * torch.dot(_flat_grad(model, xs[i:i + 1], ys[i:i + 1]), gt)
    return scores
