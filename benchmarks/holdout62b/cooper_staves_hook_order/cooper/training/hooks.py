import torch


class Callback:
    def on_train_epoch_end(self, trainer, module):
        pass

    def on_validation_end(self, trainer, module):
        pass


class LangevinProbe(Callback):
    """Draws a few low-energy stave curves by Langevin dynamics on the input."""

    def __init__(self, steps=5, step_size=0.05, noise=0.01):
        self.steps = steps
        self.step_size = step_size
        self.noise = noise
        self.samples = []

    def on_validation_end(self, trainer, module):
        x = torch.randn(3, 6, 2, requires_grad=True)
        for _ in range(self.steps):
            energy = module(x).sum()
            (g,) = torch.autograd.grad(energy, x)
            with torch.no_grad():
                x = x - self.step_size * g + self.noise * torch.randn_like(x)
            x.requires_grad_(True)
        self.samples.append(x.detach())
        trainer.metrics["langevin_energy"] = module(x).mean().item()
