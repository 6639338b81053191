import torch
import torch.nn.functional as F


class SignAttack:
    """One-step gradient-sign perturbation of the stroke traces.

    The model is put in eval so dropout does not blur the direction; the
    gradient itself is taken with cuDNN off (the GRU refuses eval backward
    on the forge GPUs otherwise).
    """

    def __init__(self, model, eps):
        self.model = model
        self.eps = eps

    def __call__(self, strokes, labels):
        self.model.eval()
        x = strokes.clone().requires_grad_(True)
        with torch.backends.cudnn.flags(enabled=False):
            loss = F.cross_entropy(self.model(x), labels)
            (g,) = torch.autograd.grad(loss, x)
        return (strokes + self.eps * g.sign()).detach()
