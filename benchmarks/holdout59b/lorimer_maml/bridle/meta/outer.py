import torch
import torch.nn.functional as F
from torch.func import functional_call

from .inner import adapt


class MetaLearner:
    def __init__(self, model, inner_lr, outer_lr, inner_steps):
        self.model = model
        self.inner_lr = inner_lr
        self.inner_steps = inner_steps
        self.opt = torch.optim.Adam(model.parameters(), lr=outer_lr)

    def meta_step(self, tasks):
        self.model.train()
        params = dict(self.model.named_parameters())
        total = 0.0
        for support, (xq, yq) in tasks:
            fast = adapt(self.model, params, support, self.inner_lr, self.inner_steps)
            total = total + F.mse_loss(functional_call(self.model, fast, (xq,)), yq)
        meta_loss = total / len(tasks)
        self.opt.zero_grad()
        meta_loss.backward()  # TM003-here
        self.opt.step()
        return meta_loss.item()
