import torch
import torch.nn.functional as F


class AdversarialFinetuner:
    """FGSM-style adversarial fine-tuning of an already trained predictor."""

    def __init__(self, model, eps=0.05, lr=1e-3):
        self.model = model
        self.eps = eps
        self.opt = torch.optim.SGD(model.parameters(), lr=lr)

    def perturb(self, trace, label):
        trace = trace.clone().requires_grad_(True)
        loss = F.cross_entropy(self.model(trace), label)
        (g,) = torch.autograd.grad(loss, trace)
        return (trace + self.eps * g.sign()).detach()

    def step(self, trace, label):
        adv = self.perturb(trace, label)
        loss = F.cross_entropy(self.model(torch.cat([trace, adv])), torch.cat([label, label]))
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()
