import torch
import torch.nn.functional as F

from .attack import FGSM


class AdvTrainer:
    def __init__(self, model, eps, lr):
        self.model = model
        self.model.train()
        self.eps = eps
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def fit(self, x, y, epochs, batch):
        attacker = FGSM(self.model, self.eps)
        last = None
        for _ in range(epochs):
            for i in range(0, len(x), batch):
                xb, yb = x[i:i + batch], y[i:i + batch]
                xa = attacker.perturb(xb, yb)
                loss = F.cross_entropy(self.model(torch.cat([xb, xa])), torch.cat([yb, yb]))
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
                last = loss.item()
        return round(last, 4)
