import torch
from torch.func import functional_call

from .inner import adapt


class MetaLearner:
    def __init__(self, net, inner_lr, outer_lr, first_order=False):
        self.net = net
        self.inner_lr = inner_lr
        self.first_order = first_order
        self.opt = torch.optim.Adam(net.parameters(), lr=outer_lr)

    def outer_step(self, tasks):
        params = dict(self.net.named_parameters())
        total = 0.0
        for support, query in tasks:
            fast = adapt(self.net, params, support, self.inner_lr, self.first_order)
            xq, yq = query
            total = total + (functional_call(self.net, fast, (xq,)) - yq).pow(2).mean()
        meta_loss = total / len(tasks)
        self.opt.zero_grad()
        meta_loss.backward()  # TM003-here
        self.opt.step()
        return float(meta_loss)
