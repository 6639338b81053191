import torch
import torch.nn.functional as F


class FGSM:
    """Fast gradient sign attack. Like most attack libraries it puts the model in eval mode."""

    def __init__(self, model, eps):
        self.model = model.eval()
        self.eps = eps

    def __call__(self, x, y):
        x = x.clone().requires_grad_(True)
        # cuDNN cannot backprop an eval-mode RNN, so the input gradient is taken with cuDNN off
        with torch.backends.cudnn.flags(enabled=False):
            loss = F.cross_entropy(self.model(x), y)
            (g,) = torch.autograd.grad(loss, x)
        return (x + self.eps * g.sign()).detach()
