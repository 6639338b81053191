import torch


class InputGradExplainer:
    """Saliency = |d logit / d input| averaged over a few noisy copies.

    Like most attribution libraries, it puts the model in eval mode when it is
    constructed so that dropout does not make the maps noisy.
    """

    def __init__(self, model, smooth=1, sigma=0.05):
        self.model = model
        self.model.eval()
        self.smooth = smooth
        self.sigma = sigma

    def attribute(self, inputs, target=None):
        maps = torch.zeros(inputs.shape[:2])
        with torch.backends.cudnn.flags(enabled=False):
            for _ in range(self.smooth):
                x = (inputs + self.sigma * torch.randn_like(inputs)).requires_grad_(True)
                logits = self.model(x)
                tgt = logits.argmax(-1) if target is None else target
                score = logits.gather(1, tgt[:, None]).sum()
                (g,) = torch.autograd.grad(score, x)
                maps += g.abs().sum(-1)
        return maps / self.smooth
