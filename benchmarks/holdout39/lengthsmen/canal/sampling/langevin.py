import torch


class LangevinSampler:
    def __init__(self, model, step=0.05, noise=0.01):
        self.model = model
        self.step = step
        self.noise = noise

    def sample(self, n=4, steps=10, length=5):
        # inference: switch the model out of training for the chain
        self.model.training = False
        x = torch.randn(n, length, 1)
        for _ in range(steps):
            x = x.detach().requires_grad_(True)
            energy = self.model(x).sum()
            (g,) = torch.autograd.grad(energy, x)
            x = x - self.step * g + self.noise * torch.randn_like(x)
        return x.detach()
