import torch


class SaliencyExplainer:
    """Gradient x input relevance on the pooled recurrent features."""

    def __init__(self, model):
        self.model = model.eval()

    def attribute(self, x):
        with torch.no_grad():
            feats = self.model.encode(x)
        feats = feats.clone().requires_grad_(True)
        out = self.model.head(feats).sum()
        (g,) = torch.autograd.grad(out, feats)
        return (g * feats).detach()
