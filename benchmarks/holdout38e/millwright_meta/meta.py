import torch
from torch.func import functional_call


class MetaEngine:
    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.opt = torch.optim.Adam(model.parameters(), lr=cfg["outer_lr"])

    def _adapt(self, support):
        params = dict(self.model.named_parameters())
        x, y = support
        loss = (functional_call(self.model, params, (x,)) - y).pow(2).mean()
        grads = torch.autograd.grad(loss, list(params.values()), create_graph=self.cfg["second_order"])
        return {k: p - self.cfg["inner_lr"] * g for (k, p), g in zip(params.items(), grads)}

    def meta_step(self, tasks):
        self.model.train()
        with torch.backends.cudnn.flags(enabled=self.cfg["cudnn"]):
            total = 0.0
            for support, (qx, qy) in tasks:
                fast = self._adapt(support)
                total = total + (functional_call(self.model, fast, (qx,)) - qy).pow(2).mean()
            total = total / len(tasks)
            self.opt.zero_grad()
            total.backward()
            self.opt.step()
        return total.item()
