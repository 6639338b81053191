import torch
from torch import nn


def flat_grad(model, x, y):
    loss = nn.functional.mse_loss(model(x), y)
    grads = torch.autograd.grad(loss, [p for p in model.parameters()])  # TM001-here
    return torch.cat([g.flatten() for g in grads])


def tracin_scores(cls, ckpts, xs, ys, test):
    scores = torch.zeros(xs.shape[0])
    for state, lr in ckpts:
        model = cls()
        model.load_state_dict(state)
        model.eval()
        g_test = flat_grad(model, *test)
        for i in range(xs.shape[0]):
            scores[i] += lr * torch.dot(flat_grad(model, xs[i:i + 1], ys[i:i + 1]), g_test)
    return scores
