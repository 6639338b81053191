import torch
import torch.nn.functional as F


def fgsm(model, vib, label, eps):
    """One signed-gradient step on the input.  The model is whatever mode the caller
    left it in; the forward runs with cuDNN off so the input gradient is available."""
    vib = vib.clone().requires_grad_(True)
    with torch.backends.cudnn.flags(enabled=False):
        logits = model(vib)
    loss = F.cross_entropy(logits, label)
    (g,) = torch.autograd.grad(loss, vib)
    return (vib + eps * g.sign()).detach()
