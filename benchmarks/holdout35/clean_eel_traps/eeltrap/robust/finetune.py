import torch
import torch.nn.functional as F


class AdversarialFinetuner:
    """FGSM-style adversarial fine-tuning of a pretrained counter."""

    def __init__(self, model, eps=0.05, lr=1e-3):
        self.model = model
        self.eps = eps
        self.opt = torch.optim.SGD(model.parameters(), lr=lr)

    def _perturb(self, x, y):
        x = x.clone().requires_grad_(False)
        noise = torch.empty_like(x).uniform_(-self.eps, self.eps)
        return (x + noise).detach()

    def update(self, x, y):
        x_adv = self._perturb(x, y)
        self.opt.zero_grad()
        clean = F.mse_loss(self.model(x), y)
        adv = F.mse_loss(self.model(x_adv), y)
        loss = 0.5 * (clean + adv)
        loss.backward()
        self.opt.step()
        return loss.item()

    def fit(self, batches, epochs=2):
        self.model.train()
        log = []
        for _ in range(epochs):
            log.append(sum(self.update(x, y) for x, y in batches) / len(batches))
        return log
