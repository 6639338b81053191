"""An attribution library in the captum style: an explainer keeps the function it explains and takes the
gradient of its output with respect to the input."""
import torch


class InputGradient:
    def __init__(self, score_fn, multiply_by_inputs=True):
        self.score_fn = score_fn
        self.multiply_by_inputs = multiply_by_inputs

    def _gradient(self, inputs, index):
        inputs = inputs.detach().requires_grad_(True)
        scores = self.score_fn(inputs)[:, index]
        (grad,) = torch.autograd.grad(scores.sum(), inputs)
        return grad

    def explain(self, inputs, index=0):
        grad = self._gradient(inputs, index)
        return grad * inputs if self.multiply_by_inputs else grad
