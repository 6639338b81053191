import torch
import torch.nn.functional as F
from torch.func import functional_call, vjp


def _flat(d):
    return torch.cat([v.flatten() for v in d.values()])


def loss_grad(model, params, x, y):
    def f(p):
        return F.cross_entropy(functional_call(model, p, (x,)), y)

    loss, pullback = vjp(f, params)  # TM002-here
    (g,) = pullback(torch.ones_like(loss))
    return _flat(g)


def game_values(model, games, moves, probe):
    model.train()
    params = {k: v.detach() for k, v in model.named_parameters()}
    g_probe = loss_grad(model, params, *probe)
    return [float(loss_grad(model, params, games[i:i + 1], moves[i:i + 1]) @ g_probe) for i in range(len(games))]
