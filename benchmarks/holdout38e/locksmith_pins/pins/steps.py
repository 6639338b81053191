import torch
import torch.nn.functional as F


class Step:
    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
        self.dyn_opt = torch.optim.SGD(model.parameters(), lr=cfg["dyn_lr"])
        self.last = {}

    def __call__(self, phase, batch):
        return getattr(self, phase)(batch)

    def fit(self, batch):
        trace, depth = batch
        loss = F.smooth_l1_loss(self.model(trace), depth)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        self.last["fit"] = loss.item()

    def score(self, batch):
        trace, depth = batch
        loss = F.smooth_l1_loss(self.model(trace), depth)
        self.last["score"] = loss.item()
        if self.cfg["dynamic_eval"]:
            self.dyn_opt.zero_grad()
            loss.backward()  # TM001-here
            self.dyn_opt.step()

    def summary(self):
        return " ".join(f"{k}={v:.4f}" for k, v in self.last.items())
