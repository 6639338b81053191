import torch
import torch.nn.functional as F


class EWC:
    """Diagonal Fisher anchored at the parameters seen when the helper is built."""

    def __init__(self, model, data, weight=1.0):
        self.model = model
        self.weight = weight
        self.anchor = {n: p.detach().clone() for n, p in model.named_parameters()}
        self.fisher = self._fisher(data)

    def _fisher(self, data):
        fisher = {n: torch.zeros_like(p) for n, p in self.model.named_parameters()}
        self.model.eval()
        for x, y in data:
            self.model.zero_grad()
            F.mse_loss(self.model(x), y).backward()  # TM001-here
            for n, p in self.model.named_parameters():
                fisher[n] += p.grad.detach() ** 2 / len(data)
        self.model.zero_grad()
        self.model.train()
        return fisher

    def penalty(self):
        total = 0.0
        for n, p in self.model.named_parameters():
            total = total + (self.fisher[n] * (p - self.anchor[n]) ** 2).sum()
        return self.weight * total
