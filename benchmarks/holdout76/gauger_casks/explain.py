import torch


class GradExplainer:
    def __init__(self, model):
        self.model = model.eval()

    def attribute(self, inputs, baseline):
        inputs = (inputs - baseline).detach().requires_grad_(True)
        out = self.model(inputs + baseline)
        grads, = torch.autograd.grad(out.sum(), inputs)  # TM001-here
        return grads * inputs.detach()


class Audit:
    def __init__(self, model, baseline):
        self.explainer = GradExplainer(model)
        self.baseline = baseline

    def run(self, casks):
        attr = self.explainer.attribute(casks, self.baseline)
        return attr.abs().sum(-1).argmax(1).tolist()
