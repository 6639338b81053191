import torch
import torch.nn.functional as F


class AdversarialFinetuner:
    def __init__(self, model, eps, lr):
        self.model = model
        self.eps = eps
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def perturb(self, x, y):
        # random-start perturbation inside the eps ball (the FGSM refinement is switched off for now)
        with torch.no_grad():
            noise = torch.empty_like(x).uniform_(-self.eps, self.eps)
        return (x + noise).detach()

    def step(self, x, y):
        x_adv = self.perturb(x, y)
        self.opt.zero_grad()
        loss = F.mse_loss(self.model(x_adv), y) + 0.5 * F.mse_loss(self.model(x), y)
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()
