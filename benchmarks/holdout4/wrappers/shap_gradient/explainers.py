"""A small shap-like GradientExplainer (expected gradients) for torch models."""
import torch


class GradientExplainer:
    def __init__(self, model, background, batch_size=8):
        self.model = model.eval()
        self.background = background
        self.batch_size = batch_size

    def _gradient(self, idx, inputs):
        self.model.zero_grad()
        inputs = inputs.detach().requires_grad_(True)
        outputs = self.model(inputs)
        selected = outputs[:, idx].sum()
        return torch.autograd.grad(selected, inputs)[0]  # TM001-here

    def shap_values(self, X, nsamples=6, ranked_outputs=None):
        with torch.no_grad():
            n_outputs = self.model(X[:1]).shape[1]
        targets = range(n_outputs) if ranked_outputs is None else range(ranked_outputs)
        results = []
        for idx in targets:
            phis = torch.zeros_like(X)
            for j in range(X.size(0)):
                ref = self.background[torch.randint(0, len(self.background), (nsamples,))]
                alpha = torch.rand(nsamples, *([1] * (X.dim() - 1)))
                samples = ref + alpha * (X[j:j + 1] - ref)
                grads = self._gradient(idx, samples)
                phis[j] = (grads * (X[j:j + 1] - ref)).mean(0)
            results.append(phis)
        return results
