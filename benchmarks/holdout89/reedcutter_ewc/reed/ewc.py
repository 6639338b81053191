import torch
from torch import nn


class EWC:
    """Elastic weight consolidation built from the model and the data of the finished season."""

    def __init__(self, model, batches, lam=50.0):
        self.model = model
        self.lam = lam
        self.anchor = {n: p.detach().clone() for n, p in model.named_parameters()}
        self.fisher = self._fisher(batches)

    def _fisher(self, batches):
        self.model.eval()
        fisher = {n: torch.zeros_like(p) for n, p in self.model.named_parameters()}
        for x, y in batches:
            self.model.zero_grad()
            nn.functional.cross_entropy(self.model(x), y).backward()  # TM001-here
            for n, p in self.model.named_parameters():
                fisher[n] += p.grad.detach() ** 2 / len(batches)
        self.model.zero_grad()
        return fisher

    def penalty(self):
        return self.lam * sum((self.fisher[n] * (p - self.anchor[n]) ** 2).sum()
                              for n, p in self.model.named_parameters())
