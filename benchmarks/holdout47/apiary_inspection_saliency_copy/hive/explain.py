import torch


class InputSaliency:
    """Vanilla gradient saliency.  Like most attribution libraries it puts the model in
    eval mode when it is built so that dropout does not make the maps noisy."""

    def __init__(self, model):
        self.model = model
        self.model.eval()

    def attribute(self, x, target):
        x = x.clone().requires_grad_(True)
        with torch.backends.cudnn.flags(enabled=False):
            out = self.model(x)
            grad, = torch.autograd.grad(out.gather(1, target[:, None]).sum(), x)
        return grad.abs()
