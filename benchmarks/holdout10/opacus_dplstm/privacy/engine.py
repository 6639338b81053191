import math

import torch
from torch import nn


class GradSampleModule(nn.Module):
    def __init__(self, module):
        super().__init__()
        self._module = module

    def forward(self, *args, **kwargs):
        return self._module(*args, **kwargs)


class DPOptimizer:
    def __init__(self, optimizer, noise_multiplier, max_grad_norm):
        self.original_optimizer = optimizer
        self.noise_multiplier, self.max_grad_norm = noise_multiplier, max_grad_norm
        self.params = [p for g in optimizer.param_groups for p in g["params"]]
        self.steps = 0

    def zero_grad(self):
        self.original_optimizer.zero_grad()

    def per_sample_step(self, model, loss_fn, x, y):
        summed = [torch.zeros_like(p) for p in self.params]
        for i in range(x.size(0)):
            model.zero_grad()
            loss_fn(model(x[i:i + 1]), y[i:i + 1]).backward()
            norm = torch.sqrt(sum(p.grad.pow(2).sum() for p in self.params))
            scale = min(1.0, self.max_grad_norm / (norm.item() + 1e-6))
            for s, p in zip(summed, self.params):
                s.add_(p.grad * scale)
        for s, p in zip(summed, self.params):
            noise = torch.randn_like(s) * self.noise_multiplier * self.max_grad_norm
            p.grad = (s + noise) / x.size(0)

    def step(self):
        self.steps += 1
        self.original_optimizer.step()


class PrivacyEngine:
    def __init__(self):
        self.noise_multiplier, self.steps_fn = None, None

    def make_private(self, *, module, optimizer, data_loader, noise_multiplier, max_grad_norm):
        self.noise_multiplier = noise_multiplier
        dp_opt = DPOptimizer(optimizer, noise_multiplier, max_grad_norm)
        self.steps_fn = lambda: dp_opt.steps
        return GradSampleModule(module), dp_opt, data_loader

    def get_epsilon(self, delta):
        # crude stand-in for the RDP accountant
        return round(math.sqrt(self.steps_fn() * 2 * math.log(1 / delta)) / self.noise_multiplier, 3)
