import torch


class GradTimesInput:
    """Relevance = input * d(score)/d(input), computed with cuDNN off so it also works on eval models."""

    def __init__(self, model, target=0):
        self.model = model.eval()
        self.target = target

    def attribute(self, x):
        self.model.load_state_dict(self.model.state_dict())
        x = x.clone().requires_grad_(True)
        with torch.backends.cudnn.flags(enabled=False):
            score = self.model(x)[:, self.target].sum()
            (g,) = torch.autograd.grad(score, x)
        return (g * x).detach()
