import torch
from torch.func import functional_call

from .inner import adapt


class MetaLearner:
    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.opt = torch.optim.Adam(model.parameters(), lr=cfg["outer_lr"])

    def outer_step(self, tasks):
        self.model.train()
        self.opt.zero_grad()
        total = 0.0
        for support, query in tasks:
            params = dict(self.model.named_parameters())
            fast = adapt(self.model, params, support, self.cfg["inner_lr"],
                         self.cfg["inner_steps"], self.cfg["first_order"])
            qx, qy = query
            qloss = (functional_call(self.model, fast, (qx,)) - qy).pow(2).mean()
            (qloss / len(tasks)).backward()  # TM003-here
            total += qloss.item()
        self.opt.step()
        return total / len(tasks)
