import torch
from torch.func import functional_call

from .inner import adapt, mse


class MetaLearner:
    def __init__(self, net, inner_lr, inner_steps, meta_lr):
        self.net = net
        self.inner_lr = inner_lr
        self.inner_steps = inner_steps
        self.opt = torch.optim.Adam(net.parameters(), lr=meta_lr)

    def outer_step(self, tasks):
        self.net.train()
        params = dict(self.net.named_parameters())
        meta_loss = 0.0
        for support, query in tasks:
            fast = adapt(self.net, params, support, self.inner_lr, self.inner_steps)
            meta_loss = meta_loss + mse(functional_call(self.net, fast, (query[0],)), query[1])
        meta_loss = meta_loss / len(tasks)
        self.opt.zero_grad()
        meta_loss.backward()  # TM003-here
        self.opt.step()
        return meta_loss.item()
