import torch
import torch.nn.functional as F

from .modes import Deterministic


class SelfDistillStep:
    def __init__(self, model, lr, alpha):
        self.model = model
        self.alpha = alpha
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def __call__(self, tokens, tags):
        self.model.train()
        noisy = self.model(tokens)
        with Deterministic(self.model) as m:
            stable = m(tokens)
        ce = F.cross_entropy(noisy.flatten(0, 1), tags.flatten())
        # pull both views together (no stop-gradient: symmetric consistency)
        cons = F.mse_loss(noisy.softmax(-1), stable.softmax(-1))
        loss = ce + self.alpha * cons
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return round(loss.item(), 4)
