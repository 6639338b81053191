"""Checkpoint influence: how strongly each saved checkpoint's parameters respond to a probe batch."""
import torch
import torch.nn.functional as F


def influence(cls, checkpoints, x, y):
    model = cls()

    def grad_norm():
        loss = F.mse_loss(model(x), y)
        grads = torch.autograd.grad(loss, list(model.parameters()))
        return torch.sqrt(sum(g.pow(2).sum() for g in grads)).item()

    norms = []
    for state in checkpoints:
        model.load_state_dict(state)
        model.eval()
        norms.append(grad_norm())
    return norms
