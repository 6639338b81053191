import torch

from .base import Task


class SmoothBloomTask(Task):
    """Double backprop: penalise the yield's sensitivity to sensor jitter."""

    def __init__(self, model, lr=1e-2, smooth_weight=0.1):
        super().__init__(model, lr)
        self.smooth_weight = smooth_weight

    def compute_loss(self, batch):
        x, y = batch
        x = x.clone().requires_grad_(True)
        fit = self.criterion(self.model(x), y)
        if not torch.is_grad_enabled():
            return fit
        dx, = torch.autograd.grad(fit, x, create_graph=True)
        return fit + self.smooth_weight * dx.pow(2).sum(dim=(1, 2)).mean()

    def train_step(self, batch):
        self.model.train()
        loss = self.compute_loss(batch)
        self.optimizer.zero_grad()
        loss.backward()  # TM003-here
        self.optimizer.step()
        return {"loss": loss.item()}
