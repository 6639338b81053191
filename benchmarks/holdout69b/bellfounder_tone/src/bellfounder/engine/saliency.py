import torch
import torch.nn.functional as F

from .loop import Trainer


def grad_times_input(model, xb, yb):
    x = xb.clone().requires_grad_(True)
    loss = F.cross_entropy(model(x), yb)
    g, = torch.autograd.grad(loss, x)  # TM001-here
    return (g * x).detach().abs().mean(dim=(0, 1))


class SaliencyTrainer(Trainer):
    """Logs which partial the model relies on, once per validation."""

    def on_validation_end(self, epoch, batch, metrics):
        rel = grad_times_input(self.model, *batch)
        metrics["relevance"] = rel.tolist()
