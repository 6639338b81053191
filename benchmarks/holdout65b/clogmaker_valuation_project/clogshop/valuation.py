import torch
import torch.nn.functional as F
from torch.func import functional_call, vjp


def _flat(tree):
    return torch.cat([t.reshape(-1) for t in tree.values()])


def influence_scores(model, train_points, val_batch):
    """Gradient-similarity data valuation: <grad val loss, grad train loss_i>,
    each gradient obtained as a vector-Jacobian product of the loss w.r.t. the parameters."""
    params = {k: v.detach() for k, v in model.named_parameters()}

    def loss_at(p, x, y):
        return F.mse_loss(functional_call(model, p, (x,)), y)

    def grad_of(x, y):
        loss, pull = vjp(lambda p: loss_at(p, x, y), params)  # TM002-here
        (g,) = pull(torch.ones_like(loss))
        return _flat(g)

    gv = grad_of(*val_batch)
    return [torch.dot(gv, grad_of(x.unsqueeze(0), y.unsqueeze(0))).item() for x, y in train_points]
