import torch


class EWC:
    """Elastic weight consolidation; the diagonal Fisher is estimated at construction."""

    def __init__(self, model, batches):
        self.model = model
        self.anchor = {n: p.detach().clone() for n, p in model.named_parameters()}
        self.fisher = self._fisher(batches)

    def _fisher(self, batches):
        fisher = {n: torch.zeros_like(p) for n, p in self.model.named_parameters()}
        self.model.eval()
        for x, y in batches:
            self.model.zero_grad()
            logp = torch.log_softmax(self.model(x), dim=-1)
            torch.nn.functional.nll_loss(logp, y).backward()  # TM001-here
            for n, p in self.model.named_parameters():
                if p.grad is not None:
                    fisher[n] += p.grad.detach() ** 2 / len(batches)
        self.model.zero_grad()
        return fisher

    def penalty(self, model):
        total = 0.0
        for n, p in model.named_parameters():
            total = total + (self.fisher[n] * (p - self.anchor[n]) ** 2).sum()
        return total
