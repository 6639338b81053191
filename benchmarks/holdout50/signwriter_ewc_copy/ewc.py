"""Diagonal-Fisher EWC penalty.  The Fisher is estimated once, when the helper is built."""
import copy

import torch
import torch.nn.functional as F


class EWC:
    def __init__(self, model, dataset, lam=1.0, n_batches=4, batch_size=4):
        # work on a private copy so the caller's model (and its mode) is left alone
        self.model = copy.deepcopy(model)
        self.lam = lam
        self.anchors = {n: p.detach().clone() for n, p in model.named_parameters()}
        self.fisher = self._estimate_fisher(dataset, n_batches, batch_size)

    def _estimate_fisher(self, dataset, n_batches, batch_size):
        fisher = {n: torch.zeros_like(p) for n, p in self.model.named_parameters()}
        # deterministic estimate: no dropout; cuDNN cannot run backward in eval, so switch it off here
        self.model.eval()
        x_all, y_all = dataset
        with torch.backends.cudnn.flags(enabled=False):
            for b in range(n_batches):
                x = x_all[b * batch_size:(b + 1) * batch_size]
                y = y_all[b * batch_size:(b + 1) * batch_size]
                self.model.zero_grad()
                F.cross_entropy(self.model(x), y).backward()
                for n, p in self.model.named_parameters():
                    if p.grad is not None:
                        fisher[n] += p.grad.detach() ** 2 / n_batches
        self.model.zero_grad()
        return fisher

    def penalty(self, model):
        total = 0.0
        for n, p in model.named_parameters():
            total = total + (self.fisher[n] * (p - self.anchors[n]) ** 2).sum()
        return self.lam * total
