import torch
import torch.nn.functional as F

from .modes import evaluating


class ConsistencyTrainer:
    """Supervised loss on labelled pans plus agreement between a clean (eval) view and a noisy
    (train) view of unlabelled pans."""

    def __init__(self, model, lr=1e-2, weight=0.5):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.weight = weight

    def step(self, xl, yl, xu):
        self.model.train()
        sup = F.cross_entropy(self.model(xl), yl)
        with evaluating(self.model):
            target = F.softmax(self.model(xu), dim=-1).detach()
        noisy = F.log_softmax(self.model(xu + 0.05 * torch.randn_like(xu)), dim=-1)
        cons = F.kl_div(noisy, target, reduction="batchmean")
        loss = sup + self.weight * cons
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return sup.item(), cons.item()
