import torch
from torch.autograd.functional import hvp
from torch.func import functional_call


def top_eigenvalue(model, batch, iters=3):
    """Largest Hessian eigenvalue of the loss by power iteration on HVPs."""
    x, y = batch
    names = [n for n, _ in model.named_parameters()]
    flat0 = torch.cat([p.detach().reshape(-1) for p in model.parameters()])
    shapes = [p.shape for p in model.parameters()]

    def loss_of(flat):
        params, i = {}, 0
        for n, s in zip(names, shapes):
            k = s.numel()
            params[n] = flat[i:i + k].view(s)
            i += k
        return torch.nn.functional.mse_loss(functional_call(model, params, (x,)), y)

    v = torch.randn_like(flat0)
    v /= v.norm()
    eig = torch.tensor(0.0)
    with torch.backends.cudnn.flags(enabled=False):
        for _ in range(iters):
            _, hv = hvp(loss_of, flat0, v)
            eig = hv @ v
            v = hv / (hv.norm() + 1e-12)
    return eig.item()
