import torch
import torch.nn.functional as F


class EWC:
    """Elastic weight consolidation; the diagonal Fisher is estimated when the helper is built."""

    def __init__(self, model, batches, lam=1.0):
        self.lam = lam
        self.anchor = {n: p.detach().clone() for n, p in model.named_parameters()}
        self.fisher = self._fisher(model, batches)

    @staticmethod
    def _fisher(model, batches):
        model.eval()  # deterministic estimate
        fisher = {n: torch.zeros_like(p) for n, p in model.named_parameters()}
        for x, y in batches:
            model.zero_grad()
            F.mse_loss(model(x), y).backward()  # TM001-here
            for n, p in model.named_parameters():
                fisher[n] += p.grad.detach() ** 2 / len(batches)
        return fisher

    def penalty(self, model):
        total = 0.0
        for n, p in model.named_parameters():
            total = total + (self.fisher[n] * (p - self.anchor[n]) ** 2).sum()
        return self.lam * total
