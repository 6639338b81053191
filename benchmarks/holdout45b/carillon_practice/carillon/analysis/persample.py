import torch
import torch.nn.functional as F
from torch.func import functional_call, grad


def per_sample_grad_norms(model, bells, gaps, target):
    """Gradient norm of each practice session, for spotting mislabelled logs.

    vmap has no batching rule for the LSTM op, so the sessions are looped over;
    cuDNN is switched off because functorch transforms cannot run through it.
    """
    params = {k: v.detach() for k, v in model.named_parameters()}

    def session_loss(p, b, g, t):
        pred = functional_call(model, p, (b.unsqueeze(0), g.unsqueeze(0)))
        return F.mse_loss(pred, t.unsqueeze(0))

    norms = []
    with torch.backends.cudnn.flags(enabled=False):
        for i in range(bells.size(0)):
            gs = grad(session_loss)(params, bells[i], gaps[i], target[i])
            norms.append(torch.sqrt(sum(g.pow(2).sum() for g in gs.values())).item())
    return norms
