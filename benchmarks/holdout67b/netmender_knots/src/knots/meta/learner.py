import torch
import torch.nn.functional as F
from torch.func import functional_call

from .inner import adapt


class MetaLearner:
    def __init__(self, model, inner_lr, outer_lr, inner_steps):
        self.model = model
        self.inner_lr, self.inner_steps = inner_lr, inner_steps
        self.opt = torch.optim.Adam(model.parameters(), lr=outer_lr)

    def outer_step(self, tasks):
        self.model.train()
        self.opt.zero_grad()
        total = 0.0
        for support, (xq, yq) in tasks:
            fast = adapt(self.model, dict(self.model.named_parameters()), support,
                         self.inner_lr, self.inner_steps)
            q_loss = F.mse_loss(functional_call(self.model, fast, (xq,)), yq) / len(tasks)
            q_loss.backward()  # TM003-here
            total += q_loss.item()
        self.opt.step()
        return round(total, 4)
