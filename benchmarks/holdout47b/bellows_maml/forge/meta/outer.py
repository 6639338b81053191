import torch
import torch.nn as nn
from torch.func import functional_call

from .inner import adapt


class MetaLearner:
    def __init__(self, model, inner_lr=0.01, inner_steps=1, first_order=False, outer_lr=1e-3):
        self.model = model
        self.inner_lr = inner_lr
        self.inner_steps = inner_steps
        self.first_order = first_order
        self.opt = torch.optim.Adam(model.parameters(), lr=outer_lr)

    def outer_step(self, tasks):
        self.model.train()
        self.opt.zero_grad()
        total = 0.0
        for support, (xq, yq) in tasks:
            params = dict(self.model.named_parameters())
            fast = adapt(self.model, params, support, self.inner_lr, self.inner_steps, self.first_order)
            q_loss = nn.functional.mse_loss(functional_call(self.model, fast, (xq,)), yq) / len(tasks)
            q_loss.backward()  # TM003-here
            total += q_loss.item()
        self.opt.step()
        return total
