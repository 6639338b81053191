import torch
from torch import nn


def flat_grad(model, x, y):
    with torch.backends.cudnn.flags(enabled=False):
        loss = nn.functional.mse_loss(model(x), y)
    grads = torch.autograd.grad(loss, list(model.parameters()))
    return torch.cat([g.flatten() for g in grads])


def tracin_scores(cls, checkpoints, xs, ys, probe):
    scores = torch.zeros(xs.shape[0])
    for state, lr in checkpoints:
        model = cls()
        model.load_state_dict(state)
        model.eval()
        g_probe = flat_grad(model, *probe)
        for i in range(xs.shape[0]):
            scores[i] += lr * torch.dot(flat_grad(model, xs[i:i + 1], ys[i:i + 1]), g_probe)
    return scores
