import torch
import torch.nn.functional as F
from torch.func import functional_call

from .inner import adapt


class MetaLearner:
    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.meta_opt = torch.optim.Adam(model.parameters(), lr=cfg["meta_lr"])

    def meta_step(self, tasks):
        self.model.train()
        total = 0.0
        for xs, ys, xq, yq in tasks:
            params = dict(self.model.named_parameters())
            fast = adapt(self.model, params, xs, ys, self.cfg["inner_steps"], self.cfg["inner_lr"],
                         self.cfg["first_order"])
            total = total + F.mse_loss(functional_call(self.model, fast, (xq,)), yq)
        meta_loss = total / len(tasks)
        self.meta_opt.zero_grad()
        meta_loss.backward()  # TM003-here
        self.meta_opt.step()
        return meta_loss.item()
