import torch
import torch.nn.functional as F
from torch.func import functional_call, grad


def per_sample_grads(model, xb, yb):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def loss_one(p, x, y):
        return F.mse_loss(functional_call(model, p, (x.unsqueeze(0),)), y.unsqueeze(0))

    with torch.backends.cudnn.flags(enabled=False):
        rows = [grad(loss_one)(params, xb[i], yb[i]) for i in range(xb.size(0))]
    return {k: torch.stack([r[k] for r in rows]) for k in params}
