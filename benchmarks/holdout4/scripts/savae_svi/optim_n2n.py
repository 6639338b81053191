"""Unrolled stochastic variational inference: refine variational params with a few gradient steps."""
import torch


class OptimN2N:
    def __init__(self, loss_fn, model, lr=1.0, iters=3, momentum=0.5):
        self.loss_fn = loss_fn
        self.model = model
        self.lr = lr
        self.iters = iters
        self.momentum = momentum

    def forward(self, inputs, y):
        params = [p.detach().clone().requires_grad_(True) for p in inputs]
        velocity = [torch.zeros_like(p) for p in params]
        for k in range(self.iters):
            loss = self.loss_fn(params, y)
            grads = torch.autograd.grad(loss, params, retain_graph=True)  # TM001-here
            with torch.no_grad():
                for i, g in enumerate(grads):
                    velocity[i] = self.momentum * velocity[i] + g
                    params[i] -= self.lr * velocity[i]
        return params
