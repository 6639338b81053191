import torch
import torch.nn.functional as F
from torch.func import functional_call

from .inner import adapt


class MetaLearner:
    def __init__(self, model, meta_lr=1e-3, inner_lr=0.1, inner_steps=1, first_order=False):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=meta_lr)
        self.inner = dict(lr=inner_lr, steps=inner_steps, first_order=first_order)

    def meta_step(self, tasks, n_tasks=2):
        self.model.train()
        self.opt.zero_grad()
        total = 0.0
        for _ in range(n_tasks):
            support, query = tasks.sample()
            params = dict(self.model.named_parameters())
            fast = adapt(self.model, params, support, **self.inner)
            xq, yq = query
            meta_loss = F.mse_loss(functional_call(self.model, fast, (xq,)), yq) / n_tasks
            meta_loss.backward()  # TM003-here
            total += meta_loss.item()
        self.opt.step()
        return total
