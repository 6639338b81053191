import torch
from torch.func import functional_call, grad


def make_per_sample_grad_fn(model, loss_fn):
    def compute_loss(params, buffers, x, y):
        out = functional_call(model, (params, buffers), (x.unsqueeze(0),))
        return loss_fn(out, y.unsqueeze(0))

    grad_fn = grad(compute_loss)

    def per_sample_grads(params, buffers, xb, yb):
        # vmap has no batching rule for aten::lstm, so loop over the examples
        grads = [grad_fn(params, buffers, x, y) for x, y in zip(xb, yb)]  # TM002-here
        return {k: torch.stack([g[k] for g in grads]) for k in params}

    return per_sample_grads
