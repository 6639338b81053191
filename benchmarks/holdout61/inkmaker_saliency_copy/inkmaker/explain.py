import copy

import torch


class GradientSaliency:
    """Saliency = |d logit / d input|, averaged over sensors.

    Like most attribution helpers it puts the wrapped network into inference
    mode when it is built, so dropout does not blur the maps.
    """

    def __init__(self, model):
        self.model = copy.deepcopy(model)
        self.model.eval()

    def attribute(self, x, target, source=None):
        if source is not None:
            self.model.load_state_dict(source.state_dict())
        x = x.clone().requires_grad_(True)
        with torch.backends.cudnn.flags(enabled=False):
            logits = self.model(x)
            picked = logits.gather(1, target[:, None]).sum()
            (g,) = torch.autograd.grad(picked, x)
        return g.abs().mean(dim=-1)
