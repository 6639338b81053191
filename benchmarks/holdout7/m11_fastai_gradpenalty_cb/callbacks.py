import torch

from learner import Callback


class InputGradientPenalty(Callback):
    """Double-backprop regulariser (Drucker & LeCun): penalise the input-gradient norm of the loss."""
    order = 10

    def __init__(self, weight=0.1):
        self.weight = weight

    def before_batch(self):
        self.learn.xb = self.learn.xb.clone().requires_grad_(True)

    def after_loss(self):
        (g,) = torch.autograd.grad(self.learn.loss, self.learn.xb, create_graph=True)
        self.learn.loss = self.learn.loss + self.weight * g.pow(2).sum(dim=(1, 2)).mean()


class Recorder(Callback):
    order = 50

    def before_epoch(self):
        self.losses = []

    def after_backward(self):
        self.losses.append(self.learn.loss.item())

    def after_epoch(self):
        print(f"epoch {self.learn.epoch}: train_loss {sum(self.losses) / len(self.losses):.4f}")
