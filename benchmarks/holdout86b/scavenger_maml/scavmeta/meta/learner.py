import torch
import torch.nn.functional as F
from torch.func import functional_call

from .inner import adapt


class MetaLearner:
    def __init__(self, model, inner_lr, inner_steps, outer_lr, first_order, meta_batch):
        self.model = model
        self.inner_lr, self.inner_steps = inner_lr, inner_steps
        self.first_order = first_order
        self.opt = torch.optim.Adam(model.parameters(), lr=outer_lr)

    def outer_step(self, tasks):
        self.model.train()
        self.opt.zero_grad()
        total = 0.0
        for support, query in tasks:
            params = dict(self.model.named_parameters())
            fast = adapt(self.model, params, support, self.inner_lr, self.inner_steps, self.first_order)
            qloss = F.mse_loss(functional_call(self.model, fast, (query[0],)), query[1]) / len(tasks)
            qloss.backward()  # TM003-here
            total += qloss.item()
        self.opt.step()
        return total
