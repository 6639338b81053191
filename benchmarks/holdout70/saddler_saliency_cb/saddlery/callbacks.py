import torch

from .modes import eval_mode


class SaliencyLogger:
    def __init__(self, model, probe):
        self.model = model
        self.probe = probe
        self.records = []

    @eval_mode
    def on_epoch_end(self, epoch):
        x = self.probe.clone().requires_grad_(True)
        score = self.model(x).max(-1).values.sum()
        (g,) = torch.autograd.grad(score, x)  # TM001-here
        self.records.append((epoch, g.abs().mean().item()))
