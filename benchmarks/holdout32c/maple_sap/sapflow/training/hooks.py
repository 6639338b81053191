import torch


class LossLogger:
    def extra_loss(self, trainer, x, pred, loss):
        trainer.log.append(loss.item())
        return None


class GradientSmoothness:
    """Penalise the norm of d(prediction)/d(input): smooth response to weather."""

    def __init__(self, weight=0.1):
        self.weight = weight

    def extra_loss(self, trainer, x, pred, loss):
        (g,) = torch.autograd.grad(pred.sum(), x, create_graph=True)
        return self.weight * g.pow(2).sum(dim=(1, 2)).mean()
