import torch
import torch.nn.functional as F
from torch.func import functional_call

from .inner import adapt


class MetaLearner:
    def __init__(self, model, inner_lr=0.1, inner_steps=1, first_order=False, meta_lr=1e-2):
        self.model = model
        self.inner_lr, self.inner_steps, self.first_order = inner_lr, inner_steps, first_order
        self.opt = torch.optim.Adam(model.parameters(), lr=meta_lr)

    def outer_step(self, tasks):
        self.model.train()
        self.opt.zero_grad()
        total = 0.0
        for support, (xq, yq) in tasks:
            params = dict(self.model.named_parameters())
            fast = adapt(self.model, params, support, self.inner_lr, self.inner_steps, self.first_order)
            total = total + F.mse_loss(functional_call(self.model, fast, (xq,)), yq)
        meta_loss = total / len(tasks)
        meta_loss.backward()  # TM003-here
        self.opt.step()
        return meta_loss.item()
