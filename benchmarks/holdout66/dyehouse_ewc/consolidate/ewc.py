import torch


class EWC:
    """Diagonal Fisher penalty. The Fisher is estimated once, at construction, with dropout off."""

    def __init__(self, model, batches, lam=10.0, restore_mode=False):
        self.model = model
        self.lam = lam
        was_training = model.training
        model.eval()
        self.anchor = {n: p.detach().clone() for n, p in model.named_parameters()}
        self.fisher = {n: torch.zeros_like(p) for n, p in model.named_parameters()}
        with torch.backends.cudnn.flags(enabled=False):
            for x, y in batches:
                model.zero_grad()
                torch.nn.functional.cross_entropy(model(x), y).backward()
                for n, p in model.named_parameters():
                    self.fisher[n] += p.grad.detach() ** 2 / len(batches)
        model.zero_grad()
        if restore_mode:
            model.train(was_training)

    def penalty(self):
        total = 0.0
        for n, p in self.model.named_parameters():
            total = total + (self.fisher[n] * (p - self.anchor[n]) ** 2).sum()
        return self.lam * total
