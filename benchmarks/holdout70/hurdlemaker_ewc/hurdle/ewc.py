import torch
from torch import nn


class EWC:
    """Elastic weight consolidation anchored at the model's current parameters."""

    def __init__(self, model, batches, lam=10.0):
        self.model = model
        self.lam = lam
        self.anchor = {n: p.detach().clone() for n, p in model.named_parameters()}
        self.fisher = self._fisher(batches)

    def _fisher(self, batches):
        fisher = {n: torch.zeros_like(p) for n, p in self.model.named_parameters()}
        self.model.eval()
        for x, y in batches:
            self.model.zero_grad()
            nn.functional.cross_entropy(self.model(x), y).backward()  # TM001-here
            for n, p in self.model.named_parameters():
                fisher[n] += p.grad.detach() ** 2 / len(batches)
        self.model.train()
        return fisher

    def penalty(self):
        total = 0.0
        for n, p in self.model.named_parameters():
            total = total + (self.fisher[n] * (p - self.anchor[n]) ** 2).sum()
        return self.lam * total
