import torch
import torch.nn.functional as F


class EWC:
    """Elastic weight consolidation: diagonal Fisher at the end of a task."""

    def __init__(self, model, batches, strength):
        self.model = model
        self.strength = strength
        self.anchor = {n: p.detach().clone() for n, p in model.named_parameters()}
        self.fisher = self._diag_fisher(batches)

    def _diag_fisher(self, batches):
        fisher = {n: torch.zeros_like(p) for n, p in self.model.named_parameters()}
        # dropout off so the estimate does not depend on the mask; the single-layer
        # LSTM has no dropout of its own, so it can stay in training mode
        self.model.eval()
        self.model.rnn.train()
        for x, _ in batches:
            self.model.zero_grad()
            logits = self.model(x)
            sampled = torch.bernoulli(logits.sigmoid()).detach()
            F.binary_cross_entropy_with_logits(logits, sampled).backward()
            for n, p in self.model.named_parameters():
                fisher[n] += p.grad.detach() ** 2 / len(batches)
        self.model.zero_grad()
        return fisher

    def fisher_mass(self):
        return sum(f.sum().item() for f in self.fisher.values())

    def penalty(self, model):
        total = 0.0
        for n, p in model.named_parameters():
            total = total + (self.fisher[n] * (p - self.anchor[n]) ** 2).sum()
        return 0.5 * self.strength * total
