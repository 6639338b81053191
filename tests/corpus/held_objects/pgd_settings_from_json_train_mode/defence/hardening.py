import torch
import torch.nn.functional as F

from .attack import LinfPGD


class Hardener:
    """Adversarial training: each batch is replaced by its PGD perturbation before the update."""

    def __init__(self, model, settings):
        self.model = model
        self.attack = LinfPGD(model, **settings["attack"])
        self.opt = torch.optim.SGD(model.parameters(), lr=settings["optim"]["lr"])

    def epoch(self, batches):
        total = 0.0
        for x, y in batches:
            x_adv = self.attack.perturb(x, y)
            self.model.train()
            loss = F.cross_entropy(self.model(x_adv), y)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            total += loss.item()
        return total
