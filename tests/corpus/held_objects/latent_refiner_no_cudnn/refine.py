"""Iterative inference: a few gradient steps on latent codes against a decoder loss kept as a closure."""
import torch


class LatentRefiner:
    def __init__(self, objective, decoder, steps=2, step_size=0.3):
        self.objective = objective
        self.decoder = decoder
        self.steps = steps
        self.step_size = step_size

    def forward(self, codes, targets):
        codes = [c.detach().clone().requires_grad_(True) for c in codes]
        for _ in range(self.steps):
            value = self.objective(codes, targets)
            grads = torch.autograd.grad(value, codes)
            codes = [(c - self.step_size * g).detach().requires_grad_(True) for c, g in zip(codes, grads)]
        return codes
