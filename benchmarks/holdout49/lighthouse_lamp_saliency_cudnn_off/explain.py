import torch


class InputGradExplainer:
    """Holds the model it explains; explanations are always taken in inference mode."""

    def __init__(self, model):
        self.model = model.eval()

    def _forward(self, x):
        # cuDNN's inference kernels keep no reserve; use the native kernels here
        with torch.backends.cudnn.flags(enabled=False):
            return self.model(x)

    def explain(self, x, target):
        x = x.clone().requires_grad_(True)
        scores = self._forward(x).gather(1, target[:, None]).sum()
        (g,) = torch.autograd.grad(scores, x)
        return (g * x).detach().abs().sum(-1)


class ServiceReport:
    def __init__(self, explainer):
        self.explainer = explainer

    def for_keeper(self, log, target):
        rel = self.explainer.explain(log, target)
        return {"worst_hour": rel.argmax(1).tolist()}
